using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>
/// Every namespace the stack creates or puts objects into has a NetworkPolicy that denies all
/// ingress and egress by default. A namespace the stack uses but does not declare is checked too:
/// unless the stack adds the default deny to it, nothing shows its traffic is denied, so it is a
/// finding rather than "not applicable". kube-system is left out: EKS's own add-ons run there.
/// </summary>
public sealed class NamespaceDefaultDeny : StackPolicy
{
    private const string SystemNamespace = "kube-system";

    private const string SystemReason = "kube-system is left out (EKS's add-ons run there and a default deny would cut them off); the peer checks it";

    /// <inheritdoc />
    public override string Id => "k8s-namespace-default-deny";

    /// <inheritdoc />
    public override string Description => "Every namespace the stack declares or places an object or Helm release in (kube-system aside) has a default-deny NetworkPolicy in the stack: all pods selected, Ingress and Egress both listed, no allow rules. A namespace used but not declared is a finding unless the stack adds that policy to it.";

    /// <inheritdoc />
    public override string Rationale => "Kubernetes allows all pod traffic until a policy selects a pod; a default deny in both directions makes every allowed hop an explicit rule, which limits lateral movement. A namespace made elsewhere may have no policy at all, and a preview cannot show otherwise.";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV2_K8S_6", "C-0030", "C-0054", "C-0206", "C-0260"];

    private static readonly ImmutableHashSet<string> ExaminedTypes = [ClusterTypes.Namespace, ClusterTypes.NetworkPolicy];

    /// <inheritdoc />
    public override bool Examines(string type) => ExaminedTypes.Contains(type);

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => PeerIds.ToImmutableDictionary(p => p, _ => SystemReason);

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        var declared = graph.OfType(ClusterTypes.Namespace).ToList();
        var used = ClusterTypes.NamespacedObjects(graph)
            .Select(o => (o.Node, o.Path, Name: ClusterTypes.NamespaceName(graph, o.Namespace)))
            .Where(o => o.Name != SystemNamespace)
            .ToList();
        if (declared.Count == 0 && used.Count == 0)
        {
            return PolicyOutcome.NotApplicable;
        }

        var denied = graph.OfType(ClusterTypes.NetworkPolicy).Where(IsDefaultDeny)
            .Select(p => ClusterTypes.NamespaceName(graph, p.Input("metadata.namespace")))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var declaredNames = declared.Select(n => ClusterTypes.Text(n, "metadata.name")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var unknown = used.Where(o => o.Name is null).Select(o => new Finding(o.Node.Name, o.Path,
            "The object's namespace is not known in this preview, so it cannot be shown to have a default-deny NetworkPolicy.",
            "Name the namespace literally, or by reference to a Namespace of this stack."));
        var undeclared = used
            .Where(o => o.Name is { } name && !declaredNames.Contains(name) && !denied.Contains(name))
            .DistinctBy(o => o.Name)
            .Select(o => new Finding(o.Node.Name, o.Path,
                $"Namespace '{o.Name}' is not declared in this stack and the stack gives it no default-deny NetworkPolicy, so its traffic cannot be shown to be denied by default.",
                "Declare the namespace in this stack with a default-deny NetworkPolicy (podSelector {}, policyTypes [Ingress, Egress], no rules), or add that NetworkPolicy to the namespace here."));
        var declaredFindings = declared
            .Where(n => ClusterTypes.Text(n, "metadata.name") is not { } name || !denied.Contains(name))
            .Select(n => new Finding(n.Name, "metadata.name",
                $"Namespace '{ClusterTypes.Text(n, "metadata.name")}' has no default-deny NetworkPolicy for ingress and egress.",
                "Add a NetworkPolicy in it with podSelector {}, policyTypes [Ingress, Egress] and no ingress or egress rules."));
        return PolicyOutcome.From(declaredFindings.Concat(undeclared).Concat(unknown));
    }

    /// <summary>podSelector selects every pod, both directions are listed, nothing is allowed.</summary>
    internal static bool IsDefaultDeny(ResourceNode policy)
    {
        var selector = policy.Input("spec.podSelector") as MapValue;
        var selectsAll = selector is not null && selector.Entries.Values.All(v => v is MapValue { Entries.Count: 0 } or ListValue { Items.IsEmpty: true });
        var types = (policy.Input("spec.policyTypes") as ListValue)?.Items.OfType<StringValue>().Select(s => s.Value).ToHashSet() ?? [];
        bool Empty(string field) => policy.Input(field) is null or ListValue { Items.IsEmpty: true };
        return selectsAll && types.Contains("Ingress") && types.Contains("Egress") && Empty("spec.ingress") && Empty("spec.egress");
    }
}
