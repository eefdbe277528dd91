using System.Collections.Immutable;
using System.Text.Json;
using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Tests.Cluster;

public class ClusterKubernetesBaseTests
{
    private static readonly ResourceGraph Graph = ClusterFixtures.Build().Graph;

    [Theory]
    [InlineData("cluster-ns-api-gateway", "iris-api-gateway", "restricted")]
    [InlineData("cluster-ns-web-gateway", "iris-web-gateway", "restricted")]
    [InlineData("cluster-ns-iris", "iris", "baseline")]
    public void Namespaces_EnforceTheirLevel_WarnAndAuditRestricted_AndSayWhy(string node, string name, string level)
    {
        var ns = Graph[node];
        var labels = ClusterFixtures.Map(ns.Input("metadata.labels"));

        Assert.Equal("kubernetes:core/v1:Namespace", ns.Type);
        Assert.Equal(name, ClusterFixtures.Text(ns.Input("metadata.name")));
        Assert.Equal(level, ClusterFixtures.Text(labels["pod-security.kubernetes.io/enforce"]));
        Assert.Equal("restricted", ClusterFixtures.Text(labels["pod-security.kubernetes.io/warn"]));
        Assert.Equal("restricted", ClusterFixtures.Text(labels["pod-security.kubernetes.io/audit"]));
        Assert.NotEmpty(ClusterFixtures.Text(ClusterFixtures.Map(ns.Input("metadata.annotations"))["iris-stack/pod-security-reason"]));
    }

    [Fact]
    public void Namespace_RelaxedByConfig_RecordsTheKeyThatRelaxedIt()
    {
        var ns = ClusterFixtures.Build("""{"namespaces":{"webGateway":{"podSecurity":"baseline"}}}""").Graph["cluster-ns-web-gateway"];

        Assert.Equal("baseline", ClusterFixtures.Text(ClusterFixtures.Map(ns.Input("metadata.labels"))["pod-security.kubernetes.io/enforce"]));
        Assert.Contains("iris-stack:cluster.namespaces.webGateway.podSecurity", ClusterFixtures.Text(ClusterFixtures.Map(ns.Input("metadata.annotations"))["iris-stack/pod-security-reason"]), StringComparison.Ordinal);
    }

    [Fact]
    public void StorageClass_IsTheEncryptedGp3Default_WithTheClusterKey()
    {
        var storage = Graph["cluster-storageclass"];

        Assert.Equal("kubernetes:storage.k8s.io/v1:StorageClass", storage.Type);
        Assert.Equal("gp3-encrypted", ClusterFixtures.Text(storage.Input("metadata.name")));
        Assert.Equal("true", ClusterFixtures.Text(ClusterFixtures.Map(storage.Input("metadata.annotations"))["storageclass.kubernetes.io/is-default-class"]));
        Assert.Equal("ebs.csi.aws.com", ClusterFixtures.Text(storage.Input("provisioner")));
        Assert.Equal("gp3", ClusterFixtures.Text(storage.Input("parameters.type")));
        Assert.Equal("true", ClusterFixtures.Text(storage.Input("parameters.encrypted")));
        Assert.Equal(new OutputReference("cluster-key", "arn"), storage.Input("parameters.kmsKeyId"));
        Assert.Equal("WaitForFirstConsumer", ClusterFixtures.Text(storage.Input("volumeBindingMode")));
        Assert.Equal(new BoolValue(true), storage.Input("allowVolumeExpansion"));
        Assert.Equal("Retain", ClusterFixtures.Text(storage.Input("reclaimPolicy")));
        Assert.Contains("cluster-addon-aws-ebs-csi-driver", storage.Options.DependsOn);
    }

    [Fact]
    public void StorageClass_TagsItsVolumes_WithTheBackupSelectionTagOfTheStack()
    {
        var parameters = ClusterFixtures.Map(Graph["cluster-storageclass"].Input("parameters"));
        var tag = ClusterFixtures.Text(parameters["tagSpecification_1"]);
        Assert.Equal($"{BackupSelectionTag.Key}={Graph.Project}-{Graph.Stack}", tag);
        Assert.Equal(BackupSelectionTag.StorageClassParameter(new StackContext(Graph.Project, Graph.Stack, "eu-west-1", "123456789012", ImmutableSortedDictionary<string, string>.Empty)).Value, tag);
    }

    [Fact]
    public void StorageClass_ReclaimPolicy_ComesFromConfig()
    {
        var storage = ClusterFixtures.Build("""{"storage":{"reclaimPolicy":"delete","className":"fast"}}""").Graph["cluster-storageclass"];

        Assert.Equal("Delete", ClusterFixtures.Text(storage.Input("reclaimPolicy")));
        Assert.Equal("fast", ClusterFixtures.Text(storage.Input("metadata.name")));
    }

    [Fact]
    public void Gp2_IsPatchedToNotBeTheDefault()
    {
        var patch = Graph["cluster-gp2-not-default"];
        var annotations = ClusterFixtures.Map(patch.Input("metadata.annotations"));

        Assert.Equal("kubernetes:storage.k8s.io/v1:StorageClassPatch", patch.Type);
        Assert.Equal("StorageClass", ClusterFixtures.Text(patch.Input("kind")));
        Assert.Equal("gp2", ClusterFixtures.Text(patch.Input("metadata.name")));
        Assert.Equal("false", ClusterFixtures.Text(annotations["storageclass.kubernetes.io/is-default-class"]));
        Assert.Equal("true", ClusterFixtures.Text(annotations["pulumi.com/patchForce"]));
    }

    [Fact]
    public void LoadBalancerController_IsAHelmReleaseWithItsIrsaRole()
    {
        var release = Graph["cluster-lbc"];

        Assert.Equal("kubernetes:helm.sh/v3:Release", release.Type);
        Assert.Equal("true", ClusterFixtures.Text(release.Input("compat")));
        Assert.Equal("aws-load-balancer-controller", ClusterFixtures.Text(release.Input("chart")));
        Assert.Equal("https://aws.github.io/eks-charts", ClusterFixtures.Text(release.Input("repositoryOpts.repo")));
        Assert.Equal("1.13.4", ClusterFixtures.Text(release.Input("version")));
        Assert.Equal("kube-system", ClusterFixtures.Text(release.Input("namespace")));
        Assert.Equal("aws-load-balancer-controller", ClusterFixtures.Text(release.Input("values.serviceAccount.name")));
        Assert.Equal(new OutputReference("cluster-lbc-role", "arn"), ClusterFixtures.Map(release.Input("values.serviceAccount.annotations"))["eks.amazonaws.com/role-arn"]);
        Assert.Equal(new OutputReference("cluster-lbc-policy", "arn"), Graph["cluster-lbc-role-attachment-0"].Input("policyArn"));
    }

    [Fact]
    public void LoadBalancerController_ReplacesItsInsecureDefaults()
    {
        var values = ClusterFixtures.Map(Graph["cluster-lbc"].Input("values"));
        var spec = ClusterFixtures.Map(ClusterFixtures.Map(values["ingressClassParams"])["spec"]);

        Assert.Equal(ElbSecurityPolicies.Recommended, ClusterFixtures.Text(values["defaultSSLPolicy"]));
        Assert.Equal(new BoolValue(true), values["disableIngressClassAnnotation"]);
        Assert.Equal(ElbSecurityPolicies.Recommended, ClusterFixtures.Text(spec["sslPolicy"]));
        Assert.Equal(["10.40.0.0/16"], ClusterFixtures.Texts(spec["inboundCIDRs"]));
        Assert.Equal("internal", ClusterFixtures.Text(spec["scheme"]));
        Assert.Equal(
            ["network-public-eu-west-1a", "network-public-eu-west-1b", "network-public-eu-west-1c"],
            Assert.IsType<ListValue>(ClusterFixtures.Map(spec["subnets"])["ids"]).Items.Cast<OutputReference>().Select(r => r.Node));
        Assert.Equal("ip", ClusterFixtures.Text(values["defaultTargetType"]));
        Assert.Equal("eu-west-1", ClusterFixtures.Text(values["region"]));
        Assert.Equal(new OutputReference("network-vpc", "id"), values["vpcId"]);
    }

    [Fact]
    public void LoadBalancerController_InboundCidrsFromConfig()
    {
        var values = ClusterFixtures.Map(ClusterFixtures.Build("""{"loadBalancerController":{"scheme":"internetFacing","inboundCidrs":["198.51.100.0/24"]}}""").Graph["cluster-lbc"].Input("values"));
        var spec = ClusterFixtures.Map(ClusterFixtures.Map(values["ingressClassParams"])["spec"]);

        Assert.Equal(["198.51.100.0/24"], ClusterFixtures.Texts(spec["inboundCIDRs"]));
        Assert.Equal("internet-facing", ClusterFixtures.Text(spec["scheme"]));
    }

    [Fact]
    public void LoadBalancerControllerPolicy_HasThePublishedActions_ForThePartition()
    {
        using var document = JsonDocument.Parse(LoadBalancerControllerPolicy.Document("aws-us-gov"));
        var statements = document.RootElement.GetProperty("Statement").EnumerateArray().ToList();
        var actions = statements.SelectMany(s => s.GetProperty("Action").ValueKind == JsonValueKind.Array
            ? s.GetProperty("Action").EnumerateArray().Select(a => a.GetString()!)
            : [s.GetProperty("Action").GetString()!]).ToHashSet();

        // The action set of the controller's published iam_policy.json for v2.13.4 (chart 1.13.4).
        string[] published =
        [
            "iam:CreateServiceLinkedRole",
            "ec2:DescribeAccountAttributes", "ec2:DescribeAddresses", "ec2:DescribeAvailabilityZones", "ec2:DescribeInternetGateways",
            "ec2:DescribeVpcs", "ec2:DescribeVpcPeeringConnections", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups", "ec2:DescribeInstances",
            "ec2:DescribeNetworkInterfaces", "ec2:DescribeTags", "ec2:GetCoipPoolUsage", "ec2:DescribeCoipPools", "ec2:GetSecurityGroupsForVpc",
            "ec2:DescribeIpamPools", "ec2:DescribeRouteTables", "ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress", "ec2:CreateSecurityGroup",
            "ec2:CreateTags", "ec2:DeleteTags", "ec2:DeleteSecurityGroup",
            "elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeLoadBalancerAttributes", "elasticloadbalancing:DescribeListeners",
            "elasticloadbalancing:DescribeListenerCertificates", "elasticloadbalancing:DescribeSSLPolicies", "elasticloadbalancing:DescribeRules",
            "elasticloadbalancing:DescribeTargetGroups", "elasticloadbalancing:DescribeTargetGroupAttributes", "elasticloadbalancing:DescribeTargetHealth",
            "elasticloadbalancing:DescribeTags", "elasticloadbalancing:DescribeTrustStores", "elasticloadbalancing:DescribeListenerAttributes",
            "elasticloadbalancing:DescribeCapacityReservation", "elasticloadbalancing:CreateLoadBalancer", "elasticloadbalancing:CreateTargetGroup",
            "elasticloadbalancing:CreateListener", "elasticloadbalancing:DeleteListener", "elasticloadbalancing:CreateRule", "elasticloadbalancing:DeleteRule",
            "elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags", "elasticloadbalancing:ModifyLoadBalancerAttributes",
            "elasticloadbalancing:SetIpAddressType", "elasticloadbalancing:SetSecurityGroups", "elasticloadbalancing:SetSubnets",
            "elasticloadbalancing:DeleteLoadBalancer", "elasticloadbalancing:ModifyTargetGroup", "elasticloadbalancing:ModifyTargetGroupAttributes",
            "elasticloadbalancing:DeleteTargetGroup", "elasticloadbalancing:ModifyListenerAttributes", "elasticloadbalancing:ModifyCapacityReservation",
            "elasticloadbalancing:ModifyIpPools", "elasticloadbalancing:RegisterTargets", "elasticloadbalancing:DeregisterTargets",
            "elasticloadbalancing:SetWebAcl", "elasticloadbalancing:ModifyListener", "elasticloadbalancing:AddListenerCertificates",
            "elasticloadbalancing:RemoveListenerCertificates", "elasticloadbalancing:ModifyRule", "elasticloadbalancing:SetRulePriorities",
            "cognito-idp:DescribeUserPoolClient", "acm:ListCertificates", "acm:DescribeCertificate", "iam:ListServerCertificates",
            "iam:GetServerCertificate", "waf-regional:GetWebACL", "waf-regional:GetWebACLForResource", "waf-regional:AssociateWebACL",
            "waf-regional:DisassociateWebACL", "wafv2:GetWebACL", "wafv2:GetWebACLForResource", "wafv2:AssociateWebACL", "wafv2:DisassociateWebACL",
            "shield:GetSubscriptionState", "shield:DescribeProtection", "shield:CreateProtection", "shield:DeleteProtection",
        ];

        Assert.Equal(published.Order(StringComparer.Ordinal), actions.Order(StringComparer.Ordinal));
        Assert.Equal(16, statements.Count);
        Assert.DoesNotContain("\"arn:aws:", LoadBalancerControllerPolicy.Document("aws-us-gov"), StringComparison.Ordinal);
        Assert.Contains("\"arn:aws-us-gov:elasticloadbalancing:*:*:targetgroup/*/*\"", LoadBalancerControllerPolicy.Document("aws-us-gov"), StringComparison.Ordinal);
    }
}
