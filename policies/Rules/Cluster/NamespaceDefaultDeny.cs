using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>Every namespace the stack creates has a NetworkPolicy that denies all ingress and egress by default.</summary>
public sealed class NamespaceDefaultDeny : StackPolicy
{
    /// <inheritdoc />
    public override string Id => "k8s-namespace-default-deny";

    /// <inheritdoc />
    public override string Description => "Every namespace has a default-deny NetworkPolicy: all pods selected, Ingress and Egress both listed, no allow rules.";

    /// <inheritdoc />
    public override string Rationale => "Kubernetes allows all pod traffic until a policy selects a pod; a default deny in both directions makes every allowed hop an explicit rule, which limits lateral movement.";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV2_K8S_6", "C-0030", "C-0054", "C-0206", "C-0260"];

    private static readonly ImmutableHashSet<string> ExaminedTypes = [ClusterTypes.Namespace, ClusterTypes.NetworkPolicy];

    /// <inheritdoc />
    public override bool Examines(string type) => ExaminedTypes.Contains(type);

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        var namespaces = graph.OfType(ClusterTypes.Namespace).ToList();
        if (namespaces.Count == 0)
        {
            return PolicyOutcome.NotApplicable;
        }

        var denied = graph.OfType(ClusterTypes.NetworkPolicy).Where(IsDefaultDeny)
            .Select(p => ClusterTypes.Text(p, "metadata.namespace"))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        return PolicyOutcome.From(namespaces
            .Where(n => ClusterTypes.Text(n, "metadata.name") is not { } name || !denied.Contains(name))
            .Select(n => new Finding(n.Name, "metadata.name",
                $"Namespace '{ClusterTypes.Text(n, "metadata.name")}' has no default-deny NetworkPolicy for ingress and egress.",
                "Add a NetworkPolicy in it with podSelector {}, policyTypes [Ingress, Egress] and no ingress or egress rules.")));
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
