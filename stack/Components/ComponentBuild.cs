using IrisStack.Components.Collections;
using IrisStack.Components.Graph;
using IrisStack.Components.Plan;
using IrisStack.Policies;

namespace IrisStack.Stack.Components;

/// <summary>
/// One component built and checked: its subgraph (the component node and its children, with the
/// values it was given as <see cref="ExternalInput"/>s), the outputs its Pulumi class exposes, the
/// files it rendered, and its resource policies' report (passed, or the build would have thrown).
/// </summary>
/// <typeparam name="TOutputs">The layer's typed outputs.</typeparam>
/// <param name="Graph">The subgraph; its root is the component node.</param>
/// <param name="Layer">The layer's typed outputs, as references into <paramref name="Graph"/>.</param>
/// <param name="Outputs">The component's outputs by the names its Pulumi class gives them.</param>
/// <param name="Artifacts">The rendered files, exactly as deployed.</param>
/// <param name="Report">The resource policies' report: advisories and unmatched suppressions are for the caller to show.</param>
public sealed record ComponentBuild<TOutputs>(
    ResourceGraph Graph,
    TOutputs Layer,
    EquatableArray<StackOutput> Outputs,
    EquatableArray<Artifact> Artifacts,
    PolicyReport Report);
