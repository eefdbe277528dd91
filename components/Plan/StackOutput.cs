using IrisStack.Components.Graph;

namespace IrisStack.Components.Plan;

/// <summary>A stack output the Pulumi program exports (<c>pulumi stack output NAME</c>).</summary>
public sealed record StackOutput(string Name, Value Value);
