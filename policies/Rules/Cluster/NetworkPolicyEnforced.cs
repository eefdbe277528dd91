using System.Collections.Immutable;
using System.Text.Json;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>On EKS, NetworkPolicies only take effect when the VPC CNI add-on runs its network policy agent.</summary>
public sealed class NetworkPolicyEnforced : StackPolicy
{
    /// <inheritdoc />
    public override string Id => "eks-network-policy-enforced";

    /// <inheritdoc />
    public override string Description => "A stack with NetworkPolicies on EKS runs the vpc-cni add-on with enableNetworkPolicy \"true\", so the policies are enforced.";

    /// <inheritdoc />
    public override string Rationale => "The VPC CNI ignores NetworkPolicies unless its network policy agent is enabled; the tier isolation would exist only on paper.";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    private static readonly ImmutableHashSet<string> ExaminedTypes = [ClusterTypes.NetworkPolicy, ClusterTypes.Addon, .. ClusterTypes.Clusters];

    /// <inheritdoc />
    public override bool Examines(string type) => ExaminedTypes.Contains(type);

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        var cluster = graph.Nodes.FirstOrDefault(n => ClusterTypes.Clusters.Contains(n.Type));
        if (cluster is null || !graph.OfType(ClusterTypes.NetworkPolicy).Any())
        {
            return PolicyOutcome.NotApplicable;
        }

        var cni = graph.OfType(ClusterTypes.Addon).FirstOrDefault(a => ClusterTypes.Text(a, "addonName") == "vpc-cni");
        if (cni is null)
        {
            return PolicyOutcome.From([new Finding(cluster.Name, string.Empty, "NetworkPolicies are declared but no vpc-cni add-on enables their enforcement.",
                "Add an aws:eks/addon:Addon for vpc-cni with configurationValues {\"enableNetworkPolicy\":\"true\"}.")]);
        }

        return EnablesNetworkPolicy(ClusterTypes.Text(cni, "configurationValues"))
            ? PolicyOutcome.Compliant
            : PolicyOutcome.From([new Finding(cni.Name, "configurationValues", "The vpc-cni add-on does not enable its network policy agent.",
                "Set configurationValues to {\"enableNetworkPolicy\":\"true\"}.")]);
    }

    private static bool EnablesNetworkPolicy(string? configuration)
    {
        if (configuration is null)
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(configuration);
            return document.RootElement.ValueKind == JsonValueKind.Object &&
                document.RootElement.TryGetProperty("enableNetworkPolicy", out var flag) &&
                (flag.ValueKind == JsonValueKind.True || (flag.ValueKind == JsonValueKind.String && flag.GetString() == "true"));
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
