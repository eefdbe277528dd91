using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>On stacks that require it, KMS keys, EKS clusters, backup vaults and S3 buckets carry Pulumi's <c>protect</c> option.</summary>
public sealed class StatefulResourcesProtected : StackPolicy
{
    /// <summary>The types whose loss destroys data or makes it unreadable.</summary>
    public static readonly ImmutableHashSet<string> StatefulTypes = [
        "aws:kms/key:Key", ClusterTypes.EksComponent, ClusterTypes.EksCluster,
        "aws:backup/vault:Vault", "aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2",
    ];

    /// <inheritdoc />
    public override string Id => "stateful-resources-protected";

    /// <inheritdoc />
    public override string Description => "When the stack sets iris-stack:protectStatefulResources, every KMS key, EKS cluster, AWS Backup vault and S3 bucket has the protect resource option.";

    /// <inheritdoc />
    public override string Rationale => "Deleting a KMS key makes everything it encrypted unreadable, deleting the cluster takes its workloads, and deleting a vault or bucket takes the backups and exports; protect makes `pulumi destroy` or a replacement refuse until someone removes it on purpose.";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    public override bool Examines(string type) => StatefulTypes.Contains(type);

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        var stateful = graph.Nodes.Where(n => StatefulTypes.Contains(n.Type)).ToList();
        if (!context.RequireProtection || stateful.Count == 0)
        {
            return PolicyOutcome.NotApplicable;
        }

        return PolicyOutcome.From(stateful.Where(n => !n.Options.Protect).Select(n => new Finding(n.Name, "options.protect",
            $"{n.Type} is not protected, but this stack protects stateful resources.",
            "Give the resource the protect option (protect: true), or set iris-stack:protectStatefulResources: false for a throw-away stack.")));
    }
}
