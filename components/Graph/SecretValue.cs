namespace IrisStack.Components.Graph;

/// <summary>A value that must stay secret in the engine, the plan and every artifact.</summary>
public sealed record SecretValue(Value Inner) : Value
{
    /// <summary>What every output shows in place of a secret.</summary>
    public const string Mask = "[secret]";

    /// <summary>The mask: a secret never prints its content, in logs, messages or assertions.</summary>
    public override string ToString() => Mask;
}
