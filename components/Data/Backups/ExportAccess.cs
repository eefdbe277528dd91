using System.Text.Json.Nodes;
using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;

namespace IrisStack.Components.Data.Backups;

/// <summary>
/// How the IRIS pods reach the export bucket: an IRSA role that only the ServiceAccount
/// <c>{cluster}-exports</c> in the IRIS namespace can assume, allowed to list, read and write under
/// one prefix of that bucket and to use its key, and nothing else; and that ServiceAccount,
/// annotated with the role. It mounts no Kubernetes API token unless the stack asks
/// (<see cref="ExportBucketConfig.MountApiToken"/>): the IRIS pods do not call the API.
/// </summary>
public static class ExportAccess
{
    /// <summary>The IRSA annotation on a ServiceAccount.</summary>
    public const string RoleAnnotation = "eks.amazonaws.com/role-arn";

    /// <summary>The ServiceAccount that holds the role: the IRIS pods get the bucket by running as it.</summary>
    public static string ServiceAccountName(IrisClusterNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return $"{names.ClusterName}-exports";
    }

    /// <summary>Adds the policy, the role and the ServiceAccount; returns the role.</summary>
    public static IrsaRole Add(GraphBuilder graph, ComponentScope scope, StackContext context, string parent, ExportAccessSpec spec)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(spec);
        var policyName = scope.Child("exports-access-policy");
        var policy = graph.Resource("aws:iam/policy:Policy", policyName, MapValue.Of(
            ("description", $"Lets the IRIS pods read and write {spec.Prefix} in the export bucket"),
            ("policy", JsonTemplate.Render(Document(spec.Bucket, spec.Key, spec.Prefix))),
            ("tags", context.TagsFor(policyName))),
            parent);
        var role = IrsaRoles.Add(graph, context, parent, scope.Child("exports-role"),
            $"Lets the IRIS pods ({spec.Namespace}/{spec.ServiceAccountName}) write exports and journal archives",
            spec.OidcProviderArn, spec.OidcIssuer, spec.Namespace, spec.ServiceAccountName, [policy.Arn]);

        KubernetesObjects.Add(graph, scope.Child("exports-service-account"), "v1", "ServiceAccount",
            KubernetesObjects.Metadata(spec.ServiceAccountName, spec.Namespace, spec.Labels)
                .With("annotations", MapValue.Of((RoleAnnotation, role.Role.Arn))),
            MapValue.Of(("automountServiceAccountToken", spec.MountApiToken)),
            parent, spec.KubernetesProvider, [.. spec.NamespaceNodes, .. role.Ready]);
        return role;
    }

    /// <summary>The role's policy: the bucket's prefix and the bucket's key, nothing more.</summary>
    public static JsonObject Document(NodeRef bucket, NodeRef key, string prefix)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        ArgumentNullException.ThrowIfNull(key);
        return new JsonObject
        {
            ["Version"] = "2012-10-17",
            ["Statement"] = new JsonArray(
                new JsonObject
                {
                    ["Sid"] = "ListThePrefix",
                    ["Effect"] = "Allow",
                    ["Action"] = "s3:ListBucket",
                    ["Resource"] = JsonTemplate.Ref(bucket.Arn),
                    ["Condition"] = new JsonObject { ["StringLike"] = new JsonObject { ["s3:prefix"] = $"{prefix}*" } },
                },
                new JsonObject
                {
                    ["Sid"] = "ReadAndWriteThePrefix",
                    ["Effect"] = "Allow",
                    ["Action"] = new JsonArray("s3:GetObject", "s3:PutObject"),
                    ["Resource"] = JsonTemplate.Concat(bucket.Arn, $"/{prefix}*"),
                },
                new JsonObject
                {
                    ["Sid"] = "UseTheBucketKey",
                    ["Effect"] = "Allow",
                    ["Action"] = new JsonArray("kms:GenerateDataKey", "kms:Decrypt"),
                    ["Resource"] = JsonTemplate.Ref(key.Arn),
                }),
        };
    }
}
