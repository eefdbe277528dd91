using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Components.Plan;
using IrisStack.Policies;

namespace IrisStack.Stack.Components;

/// <summary>The last step of every component build: its subgraph against the pack's resource policies.</summary>
public static class ComponentChecks
{
    /// <summary>
    /// Runs the resource policies over the component's subgraph and returns the build; throws
    /// <see cref="ComponentPolicyException"/> with the findings and their fixes when a mandatory
    /// one is violated, and a config error when the args' policy settings name unknown policies.
    /// </summary>
    public static ComponentBuild<TOutputs> Check<TOutputs>(
        string name, GraphBuilder builder, TOutputs layer, IEnumerable<StackOutput> outputs, IEnumerable<Artifact> artifacts, PolicySettings policies)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var graph = builder.Build();
        var report = PolicyRunner.Run(PolicyPack.Default().ResourcePolicies(), graph, policies);
        if (!report.Passed)
        {
            throw new ComponentPolicyException(name, report);
        }

        return new ComponentBuild<TOutputs>(graph, layer, [.. outputs], [.. artifacts], report);
    }
}
