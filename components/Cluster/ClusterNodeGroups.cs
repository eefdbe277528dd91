using System.Collections.Immutable;
using System.Text.Json.Nodes;
using IrisStack.Components.Graph;
using IrisStack.Components.Network;

namespace IrisStack.Components.Cluster;

/// <summary>
/// The node role and, per configured group, a launch template and an <c>eks:index:ManagedNodeGroup</c>
/// in the private subnets. The launch template is ours rather than the component's because its
/// <c>enableIMDSv2</c> sets a hop limit of 2; ours requires IMDSv2 with hop limit 1 (pods cannot reach
/// the node's credentials; they use IRSA), encrypts the gp3 root volume with the cluster key, and
/// has no key pair, so there is no SSH access.
/// </summary>
internal static class ClusterNodeGroups
{
    /// <summary>The root device of Amazon Linux 2023 EKS AMIs.</summary>
    public const string RootDevice = "/dev/xvda";

    /// <summary>What nodes need: join the cluster, pull images. The CNI permissions are on the vpc-cni IRSA role instead.</summary>
    public static readonly ImmutableArray<string> NodePolicies = ["AmazonEKSWorkerNodePolicy", "AmazonEC2ContainerRegistryPullOnly"];

    public static ImmutableArray<NodeRef> Add(ClusterScope scope, NetworkOutputs network, NodeRef eks, NodeRef key, ImmutableArray<string> networkingAddons)
    {
        var trust = new JsonObject
        {
            ["Version"] = "2012-10-17",
            ["Statement"] = new JsonArray(new JsonObject
            {
                ["Effect"] = "Allow",
                ["Principal"] = new JsonObject { ["Service"] = "ec2.amazonaws.com" },
                ["Action"] = "sts:AssumeRole",
            }),
        };
        var role = scope.Add("aws:iam/role:Role", "node-role", MapValue.Of(
            ("description", $"Worker nodes of {scope.ClusterName}: join the cluster and pull images (pod networking uses its own IRSA role)"),
            ("assumeRolePolicy", JsonTemplate.Render(trust)),
            ("tags", scope.Context.TagsFor(scope.Name("node-role")))));
        var attachments = NodePolicies.Select((policy, i) =>
            scope.Add("aws:iam/rolePolicyAttachment:RolePolicyAttachment", $"node-role-attachment-{i}", MapValue.Of(
                ("role", role.Output("name")),
                ("policyArn", scope.ManagedPolicy(policy)))).Name).ToImmutableArray();

        return [.. scope.Config.NodeGroups.Select(spec =>
        {
            var template = LaunchTemplate(scope, spec, key);
            return scope.Graph.RemoteComponent("eks:index:ManagedNodeGroup", scope.Name($"nodes-{spec.Name}"), MapValue.Of(
                // The component itself: the eks provider rebuilds it from the reference. Its `core` output
                // would reach the engine as {urn, id: null} unless the typed Aws and Eks SDKs rebuilt it.
                ("cluster", new ResourceReference(eks.Name)),
                ("nodeRoleArn", role.Arn),
                ("subnetIds", ListValue.Of(network.PrivateSubnets.Select(s => (Value)s.Id))),
                ("instanceTypes", ListValue.Of(spec.InstanceTypes.Select(t => (Value)t))),
                ("amiType", spec.AmiType),
                ("capacityType", "ON_DEMAND"),
                ("scalingConfig", MapValue.Of(("minSize", spec.MinSize), ("maxSize", spec.MaxSize), ("desiredSize", spec.DesiredSize))),
                ("launchTemplate", MapValue.Of(("id", template.Id), ("version", InterpolationValue.Of(template.Output("latestVersion"))))),
                ("labels", Labels(spec)),
                ("taints", spec.DedicatedTo is { } tier
                    ? ListValue.Of(MapValue.Of(("key", TierNodes.DedicatedKey), ("value", TierNodes.Value(tier)), ("effect", "NO_SCHEDULE")))
                    : null),
                ("tags", scope.Context.TagsFor(scope.Name($"nodes-{spec.Name}")))),
                scope.Component.Name,
                new ResourceOptions { DependsOn = [.. attachments, .. networkingAddons] });
        })];
    }

    private static MapValue Labels(NodeGroupSpec spec)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["iris-stack/node-group"] = spec.Name };
        if (spec.DedicatedTo is { } tier)
        {
            labels[TierNodes.DedicatedKey] = TierNodes.Value(tier);
        }

        return MapValue.Strings(labels);
    }

    private static NodeRef LaunchTemplate(ClusterScope scope, NodeGroupSpec spec, NodeRef key)
    {
        var role = $"nodes-{spec.Name}-lt";
        var tags = scope.Context.TagsFor(scope.Name($"nodes-{spec.Name}"));
        return scope.Add("aws:ec2/launchTemplate:LaunchTemplate", role, MapValue.Of(
            ("description", $"Hardened nodes of {scope.ClusterName}/{spec.Name}: IMDSv2 only, hop limit 1, CMK-encrypted gp3 root volume, no SSH key"),
            ("updateDefaultVersion", true),
            ("metadataOptions", MapValue.Of(
                ("httpEndpoint", "enabled"),
                ("httpTokens", "required"),
                ("httpPutResponseHopLimit", 1),
                ("instanceMetadataTags", "disabled"))),
            ("blockDeviceMappings", ListValue.Of(MapValue.Of(
                ("deviceName", RootDevice),
                ("ebs", MapValue.Of(
                    ("volumeSize", spec.DiskSizeGiB),
                    ("volumeType", "gp3"),
                    // The launch template API takes these two flags as strings.
                    ("encrypted", "true"),
                    ("deleteOnTermination", "true"),
                    ("kmsKeyId", key.Arn)))))),
            ("tagSpecifications", ListValue.Of(
                MapValue.Of(("resourceType", "instance"), ("tags", tags)),
                MapValue.Of(("resourceType", "volume"), ("tags", tags)))),
            ("tags", scope.Context.TagsFor(scope.Name(role)))));
    }
}
