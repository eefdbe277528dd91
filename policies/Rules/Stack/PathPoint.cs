namespace IrisStack.Policies.Rules.Stack;

/// <summary>A place traffic can be: its stage and a name a reader recognises (a resource, or <c>namespace/tier</c> for pods).</summary>
/// <param name="Stage">The stage of the request path it belongs to.</param>
/// <param name="Name">What it is.</param>
public sealed record PathPoint(PathStage Stage, string Name)
{
    /// <summary>The internet.</summary>
    public static PathPoint Internet { get; } = new(PathStage.Internet, "internet");

    /// <inheritdoc />
    public override string ToString() => Name;
}
