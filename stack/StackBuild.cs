using IrisStack.Components.Collections;
using IrisStack.Components.Graph;
using IrisStack.Components.Plan;

namespace IrisStack.Stack;

/// <summary>Everything one stack is: its resource graph, its rendered files and its exported outputs.</summary>
public sealed record StackBuild(ResourceGraph Graph, EquatableArray<Artifact> Artifacts, EquatableArray<StackOutput> Outputs)
{
    /// <summary>The registrations that put this stack into the Pulumi engine.</summary>
    public RegistrationPlan Registration() => RegistrationPlan.Create(Graph, Outputs);
}
