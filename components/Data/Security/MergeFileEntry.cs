namespace IrisStack.Components.Data.Security;

/// <summary>One <c>key=value</c> of a merge file: a section key, or a property of an action (value unquoted).</summary>
/// <param name="Key">The key or property name.</param>
/// <param name="Value">The value, without the quotes that protect <c>,</c> and <c>=</c>.</param>
public sealed record MergeFileEntry(string Key, string Value);
