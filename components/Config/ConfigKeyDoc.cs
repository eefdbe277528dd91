namespace IrisStack.Components.Config;

/// <summary>One documented setting: its full key, type, default and what it is for.</summary>
public sealed record ConfigKeyDoc(string Key, string Type, string Default, string Description);
