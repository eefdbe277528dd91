using System.Collections.Immutable;
using System.Text.Json.Nodes;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Cluster;

/// <summary>
/// The EKS managed add-ons. EKS installs self-managed vpc-cni, kube-proxy and CoreDNS when the
/// cluster is created; each add-on here adopts its self-managed copy (conflicts resolved by
/// overwriting), so they are managed by EKS and visible in the graph. vpc-cni and kube-proxy come
/// first (nodes need them to become ready); CoreDNS and the EBS CSI driver wait for the node groups.
/// </summary>
internal sealed class ClusterAddons(ClusterScope scope, NodeRef eks, OutputReference oidcArn, OutputReference oidcIssuer, NodeRef key)
{
    /// <summary>vpc-cni's configuration: enforce Kubernetes NetworkPolicies (the network policy agent is off by default).</summary>
    public const string VpcCniConfiguration = "{\"enableNetworkPolicy\":\"true\"}";

    /// <summary>The add-ons nodes need before they can become ready: vpc-cni (with its IRSA role) and kube-proxy.</summary>
    public ImmutableArray<string> AddNetworking()
    {
        var cniRole = IrsaRoles.Add(scope.Graph, scope.Context, scope.Component.Name, scope.Name("vpc-cni-role"),
            "Lets the VPC CNI (kube-system/aws-node) manage pod network interfaces", oidcArn, oidcIssuer,
            "kube-system", "aws-node", [scope.ManagedPolicy("AmazonEKS_CNI_Policy")]);
        var vpcCni = Addon("vpc-cni", cniRole.Role, VpcCniConfiguration, [eks.Name, .. cniRole.Ready]);
        var kubeProxy = Addon("kube-proxy", null, null, [eks.Name]);
        return [vpcCni.Name, kubeProxy.Name];
    }

    /// <summary>The add-ons whose pods need nodes: CoreDNS and the EBS CSI driver (with its IRSA role and use of the cluster key).</summary>
    public (NodeRef CoreDns, NodeRef EbsCsi) AddScheduled(ImmutableArray<NodeRef> nodeGroups)
    {
        var waitFor = nodeGroups.Select(n => n.Name).ToImmutableArray();
        var coreDns = Addon("coredns", null, null, waitFor);

        var kmsPolicy = scope.Add("aws:iam/policy:Policy", "ebs-csi-kms-policy", MapValue.Of(
            ("description", "Lets the EBS CSI driver create and attach volumes encrypted with the cluster key"),
            ("policy", JsonTemplate.Render(EbsCsiKeyPolicy(key))),
            ("tags", scope.Context.TagsFor(scope.Name("ebs-csi-kms-policy")))));
        var ebsRole = IrsaRoles.Add(scope.Graph, scope.Context, scope.Component.Name, scope.Name("ebs-csi-role"),
            "Lets the EBS CSI controller (kube-system/ebs-csi-controller-sa) manage encrypted EBS volumes", oidcArn, oidcIssuer,
            "kube-system", "ebs-csi-controller-sa", [scope.ManagedPolicy("service-role/AmazonEBSCSIDriverPolicy"), kmsPolicy.Arn]);
        var ebsCsi = Addon("aws-ebs-csi-driver", ebsRole.Role, null, [.. waitFor, .. ebsRole.Ready]);
        return (coreDns, ebsCsi);
    }

    // The statements AWS documents for the EBS CSI driver with a customer-managed key: grants only
    // for AWS resources (the volumes), and data-key use, on this key alone.
    private static JsonObject EbsCsiKeyPolicy(NodeRef key) => new()
    {
        ["Version"] = "2012-10-17",
        ["Statement"] = new JsonArray(
            new JsonObject
            {
                ["Effect"] = "Allow",
                ["Action"] = new JsonArray("kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"),
                ["Resource"] = new JsonArray(JsonTemplate.Ref(key.Arn)),
                ["Condition"] = new JsonObject { ["Bool"] = new JsonObject { ["kms:GrantIsForAWSResource"] = "true" } },
            },
            new JsonObject
            {
                ["Effect"] = "Allow",
                ["Action"] = new JsonArray("kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"),
                ["Resource"] = new JsonArray(JsonTemplate.Ref(key.Arn)),
            }),
    };

    private NodeRef Addon(string addonName, NodeRef? role, string? configuration, IEnumerable<string> dependsOn) =>
        scope.Add("aws:eks/addon:Addon", $"addon-{addonName}", MapValue.Of(
            // The cluster's name is fixed, so it is given as text; dependsOn orders the add-on after the cluster.
            ("clusterName", scope.ClusterName),
            ("addonName", addonName),
            ("serviceAccountRoleArn", role?.Arn),
            ("configurationValues", configuration is null ? null : (Value)configuration),
            ("resolveConflictsOnCreate", "OVERWRITE"),
            ("resolveConflictsOnUpdate", "OVERWRITE"),
            ("tags", scope.Context.TagsFor(scope.Name($"addon-{addonName}")))),
            new ResourceOptions { DependsOn = [.. dependsOn] });
}
