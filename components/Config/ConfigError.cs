namespace IrisStack.Components.Config;

/// <summary>One problem in the stack configuration: which key, what is wrong, how to fix it.</summary>
public sealed record ConfigError(string Key, string Problem, string Fix)
{
    /// <inheritdoc />
    public override string ToString() => $"{Key}: {Problem} Fix: {Fix}";
}
