using IrisStack.Components.Collections;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Iko;

/// <summary>What the IrisCluster needs of the operator.</summary>
/// <param name="Release">The operator's Helm release; the IrisCluster waits for it (its CRD comes with the chart).</param>
/// <param name="IrisPullSecret">The pull Secret's name in the IRIS namespace, for the IrisCluster's <c>imagePullSecrets</c>.</param>
/// <param name="IrisNamespaceNodes">What the operator adds to the IRIS namespace (the pull Secret, the operator's ingress policy), for <c>dependsOn</c>.</param>
public sealed record IrisOperatorOutputs(NodeRef Release, string IrisPullSecret, EquatableArray<string> IrisNamespaceNodes);
