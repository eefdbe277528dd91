using IrisStack.Components.Graph;

namespace IrisStack.Policies;

/// <summary>A policy that sees the whole graph (relations between resources), like CrossGuard's stack validation.</summary>
public abstract class StackPolicy : Policy
{
    /// <summary>Checks the graph: not applicable when it holds nothing the policy is about.</summary>
    public abstract PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context);
}
