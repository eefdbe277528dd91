using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>Every EKS control-plane log type is enabled.</summary>
public sealed class EksControlPlaneLogging : ResourcePolicy
{
    /// <summary>The log types EKS offers.</summary>
    public static readonly ImmutableArray<string> LogTypes = ["api", "audit", "authenticator", "controllerManager", "scheduler"];

    /// <inheritdoc />
    public override string Id => "eks-control-plane-logging";

    /// <inheritdoc />
    public override string Description => "All EKS control-plane log types (api, audit, authenticator, controllerManager, scheduler) are sent to CloudWatch.";

    /// <inheritdoc />
    public override string Rationale => "The audit and authenticator logs are the only record of who did what to the cluster; EKS sends none unless each type is enabled.";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_37", "AwsSolutions-EKS2", "C-0067"];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => ClusterTypes.Clusters;

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        var enabled = (node.Input("enabledClusterLogTypes") as ListValue)?.Items.OfType<StringValue>().Select(s => s.Value).ToHashSet(StringComparer.Ordinal) ?? [];
        var missing = LogTypes.Where(t => !enabled.Contains(t)).ToList();
        if (missing.Count > 0)
        {
            yield return Violation(node, "enabledClusterLogTypes", $"Control-plane log types {string.Join(", ", missing)} are not enabled.",
                $"Set enabledClusterLogTypes to [{string.Join(", ", LogTypes)}].");
        }
    }
}
