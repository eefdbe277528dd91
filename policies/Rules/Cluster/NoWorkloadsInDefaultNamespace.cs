using System.Collections.Immutable;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>No namespaced Kubernetes object (nor Helm release) goes into the default namespace.</summary>
public sealed class NoWorkloadsInDefaultNamespace : StackPolicy
{
    /// <inheritdoc />
    public override string Id => "k8s-no-default-namespace";

    /// <inheritdoc />
    public override string Description => "No namespaced Kubernetes object or Helm release is created in the default namespace (an object without metadata.namespace lands there).";

    /// <inheritdoc />
    public override string Rationale => "The default namespace has no tier's default-deny policies, Pod Security labels or RBAC scoping; anything there escapes the controls of the tier namespaces.";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_K8S_21", "C-0212"];

    /// <inheritdoc />
    public override bool Examines(string type) => type.StartsWith(KubernetesObjects.TokenPrefix, StringComparison.Ordinal);

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        var placed = ClusterTypes.NamespacedObjects(graph).ToList();
        return placed.Count == 0
            ? PolicyOutcome.NotApplicable
            : PolicyOutcome.From(placed
                .Where(o => o.Namespace is null or StringValue { Value: KubernetesScopes.DefaultNamespace or "" })
                .Select(o => new Finding(o.Node.Name, o.Path, "The object goes into the default namespace.", "Set its namespace to the tier namespace it belongs to.")));
    }
}
