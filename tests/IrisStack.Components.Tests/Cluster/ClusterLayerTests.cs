using System.Text.Json;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;

namespace IrisStack.Components.Tests.Cluster;

public class ClusterLayerTests
{
    private static readonly ResourceGraph Graph = ClusterFixtures.Build().Graph;

    private static ResourceNode Node(string name) => Graph[name];

    [Fact]
    public void Component_ParentsEveryClusterNode()
    {
        var component = Node("cluster");
        var children = Graph.ChildrenOf("cluster").ToList();

        Assert.Equal(TypeTokens.Cluster, component.Type);
        Assert.Equal(NodeKind.Component, component.Kind);
        Assert.All(Graph.Nodes.Where(n => n.Name.StartsWith("cluster-", StringComparison.Ordinal)), n => Assert.Equal("cluster", n.Parent));
        // 5 core + 4 networking add-ons + 5 node + 6 scheduled add-ons + 3 namespaces + 17 network policies + 2 storage + 4 controller.
        Assert.Equal(46, children.Count);
    }

    [Fact]
    public void Eks_IsARemoteComponentInThePrivateSubnets()
    {
        var eks = Node("cluster-eks");

        Assert.Equal("eks:index:Cluster", eks.Type);
        Assert.Equal(NodeKind.RemoteComponent, eks.Kind);
        Assert.Equal("iris-stack-test", ClusterFixtures.Text(eks.Input("name")));
        Assert.Equal(new OutputReference("network-vpc", "id"), eks.Input("vpcId"));
        Assert.Equal(
            ["network-private-eu-west-1a", "network-private-eu-west-1b", "network-private-eu-west-1c"],
            Assert.IsType<ListValue>(eks.Input("privateSubnetIds")).Items.Cast<OutputReference>().Select(r => r.Node));
        Assert.Null(eks.Input("publicSubnetIds"));
        Assert.Null(eks.Input("subnetIds"));
    }

    [Fact]
    public void Eks_EndpointIsPrivate_SecretsUseTheClusterKey_AllLogTypesOn()
    {
        var eks = Node("cluster-eks");

        Assert.Equal(new BoolValue(true), eks.Input("endpointPrivateAccess"));
        Assert.Equal(new BoolValue(false), eks.Input("endpointPublicAccess"));
        Assert.Null(eks.Input("publicAccessCidrs"));
        Assert.Equal(new OutputReference("cluster-key", "arn"), eks.Input("encryptionConfigKeyArn"));
        Assert.Equal(["api", "audit", "authenticator", "controllerManager", "scheduler"], ClusterFixtures.Texts(eks.Input("enabledClusterLogTypes")));
        Assert.Equal(new BoolValue(true), eks.Input("createOidcProvider"));
        Assert.Equal("API", ClusterFixtures.Text(eks.Input("authenticationMode")));
        Assert.Equal("1.33", ClusterFixtures.Text(eks.Input("version")));
    }

    [Fact]
    public void Eks_AdminCidrs_OpenThePublicEndpointToThemAlone()
    {
        var eks = ClusterFixtures.Build("""{"endpointPublicAccessCidrs":["198.51.100.0/24"]}""").Graph["cluster-eks"];

        Assert.Equal(new BoolValue(true), eks.Input("endpointPublicAccess"));
        Assert.Equal(["198.51.100.0/24"], ClusterFixtures.Texts(eks.Input("publicAccessCidrs")));
    }

    [Fact]
    public void Eks_AdminRoles_GetClusterAdminAccessEntries()
    {
        var eks = ClusterFixtures.Build($$"""{"adminRoleArns":["arn:aws:iam::{{ClusterFixtures.Account}}:role/ops"]}""").Graph["cluster-eks"];

        var entry = ClusterFixtures.Map(ClusterFixtures.Map(eks.Input("accessEntries"))["admin-0"]);
        Assert.Equal($"arn:aws:iam::{ClusterFixtures.Account}:role/ops", ClusterFixtures.Text(entry["principalArn"]));
        var policy = ClusterFixtures.Map(ClusterFixtures.Map(entry["accessPolicies"])["cluster-admin"]);
        Assert.Equal("arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy", ClusterFixtures.Text(policy["policyArn"]));
        Assert.Equal("cluster", ClusterFixtures.Text(ClusterFixtures.Map(policy["accessScope"])["type"]));
        Assert.Null(Node("cluster-eks").Input("accessEntries"));
    }

    [Fact]
    public void Eks_ComponentDefaultsAreReplacedByTheLayersOwnNodes()
    {
        var eks = Node("cluster-eks");

        Assert.Equal(new BoolValue(true), eks.Input("skipDefaultNodeGroup"));
        Assert.Equal(new BoolValue(true), eks.Input("useDefaultVpcCni"));
        Assert.Equal(new BoolValue(false), eks.Input("kubeProxyAddonOptions.enabled"));
        Assert.Equal(new BoolValue(false), eks.Input("corednsAddonOptions.enabled"));
    }

    [Fact]
    public void ControlPlaneLogGroup_ExistsBeforeTheCluster_WithRetentionAndTheLogsKey()
    {
        var logs = Node("cluster-control-plane-logs");

        Assert.Equal("/aws/eks/iris-stack-test/cluster", ClusterFixtures.Text(logs.Input("name")));
        Assert.Equal(new NumberValue(365), logs.Input("retentionInDays"));
        Assert.Equal(new OutputReference("network-logs-key", "arn"), logs.Input("kmsKeyId"));
        Assert.Contains("cluster-control-plane-logs", Node("cluster-eks").Options.DependsOn);
    }

    [Fact]
    public void ClusterKey_RotatesAndLetsAutoScalingEncryptNodeVolumes()
    {
        var key = Node("cluster-key");
        using var policy = JsonDocument.Parse(ClusterFixtures.Text(key.Input("policy")));
        var statements = policy.RootElement.GetProperty("Statement").EnumerateArray().ToList();

        Assert.Equal(new BoolValue(true), key.Input("enableKeyRotation"));
        Assert.Equal(["AccountAdministersKey", "AutoScalingUsesKeyForNodeVolumes", "AutoScalingAttachesNodeVolumes"], statements.Select(s => s.GetProperty("Sid").GetString()));
        Assert.Equal(
            $"arn:aws:iam::{ClusterFixtures.Account}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling",
            statements[1].GetProperty("Principal").GetProperty("AWS").GetString());
        Assert.True(statements[2].GetProperty("Condition").GetProperty("Bool").GetProperty("kms:GrantIsForAWSResource").GetBoolean());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Protect_FollowsTheStackSetting(bool protect)
    {
        var graph = ClusterFixtures.Build(protect: protect).Graph;

        Assert.Equal(protect, graph["cluster-key"].Options.Protect);
        Assert.Equal(protect, graph["cluster-eks"].Options.Protect);
        Assert.Equal(protect, graph["network-logs-key"].Options.Protect);
        Assert.Equal(new BoolValue(protect), graph["cluster-eks"].Input("deletionProtection"));
    }

    [Fact]
    public void KubernetesProvider_UsesTheClusterKubeconfigAsASecret()
    {
        var provider = Node("cluster-k8s");

        Assert.Equal("pulumi:providers:kubernetes", provider.Type);
        Assert.Equal(new SecretValue(new OutputReference("cluster-eks", "kubeconfigJson")), provider.Input("kubeconfig"));
    }

    [Fact]
    public void EveryKubernetesNode_UsesTheClusterProvider_AndCarriesApiVersionAndKind()
    {
        var kubernetes = Graph.Nodes.Where(n => n.Parent == "cluster" && n.Type.StartsWith("kubernetes:", StringComparison.Ordinal)).ToList();

        Assert.Equal(23, kubernetes.Count);
        Assert.All(kubernetes, n => Assert.Equal("cluster-k8s", n.Options.Provider));
        Assert.All(kubernetes.Where(KubernetesObjects.IsObject), n => Assert.NotNull(n.Input("metadata.name")));
        Assert.Equal(22, kubernetes.Count(KubernetesObjects.IsObject));
    }

    [Fact]
    public void Addons_AdoptTheBootstrappedOnes_VpcCniEnforcesNetworkPolicies()
    {
        var addons = Graph.OfType("aws:eks/addon:Addon").ToDictionary(a => ClusterFixtures.Text(a.Input("addonName")));
        var cni = addons["vpc-cni"];

        Assert.Equal(["aws-ebs-csi-driver", "coredns", "kube-proxy", "vpc-cni"], addons.Keys.Order(StringComparer.Ordinal));
        Assert.All(addons.Values, a => Assert.Equal("iris-stack-test", ClusterFixtures.Text(a.Input("clusterName"))));
        Assert.All(addons.Values, a => Assert.Equal("OVERWRITE", ClusterFixtures.Text(a.Input("resolveConflictsOnCreate"))));
        Assert.Equal("{\"enableNetworkPolicy\":\"true\"}", ClusterFixtures.Text(cni.Input("configurationValues")));
        Assert.Equal(new OutputReference("cluster-vpc-cni-role", "arn"), cni.Input("serviceAccountRoleArn"));
        Assert.Equal(new OutputReference("cluster-ebs-csi-role", "arn"), addons["aws-ebs-csi-driver"].Input("serviceAccountRoleArn"));
        Assert.Contains("cluster-nodes-general", addons["coredns"].Options.DependsOn);
        Assert.Contains("cluster-nodes-general", addons["aws-ebs-csi-driver"].Options.DependsOn);
    }

    [Fact]
    public void EbsCsiRole_MayUseOnlyTheClusterKey()
    {
        var policy = Assert.IsType<InterpolationValue>(Node("cluster-ebs-csi-kms-policy").Input("policy"));

        Assert.Equal(2, policy.Parts.Count(p => p.Equals(new OutputReference("cluster-key", "arn"))));
        Assert.Contains(policy.Parts.OfType<StringValue>(), s => s.Value.Contains("\"kms:GrantIsForAWSResource\":\"true\"", StringComparison.Ordinal));
        Assert.Equal(new OutputReference("cluster-ebs-csi-kms-policy", "arn"), Node("cluster-ebs-csi-role-attachment-1").Input("policyArn"));
        Assert.Equal("arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy", ClusterFixtures.Text(Node("cluster-ebs-csi-role-attachment-0").Input("policyArn")));
    }

    [Fact]
    public void NodeRole_HasNoCniPermissions()
    {
        var policies = Graph.Nodes.Where(n => n.Name.StartsWith("cluster-node-role-attachment-", StringComparison.Ordinal))
            .Select(n => ClusterFixtures.Text(n.Input("policyArn")));

        Assert.Equal(["arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy", "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly"], policies);
    }
}
