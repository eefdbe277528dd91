using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Stack;
using IrisStack.Stack;
using IrisStack.Tests.Shared;
using static IrisStack.Policies.Tests.Rules.Stack.RequestPathFixture;

namespace IrisStack.Policies.Tests.Rules.Stack;

public sealed class NoBypassPathTests
{
    private static readonly PolicyContext Context = new(MinimumLogRetentionDays: 365);

    private static PolicyOutcome Run(ResourceGraph graph) => new NoBypassPath().Evaluate(graph, Context);

    private static IReadOnlyList<Finding> Findings(ResourceGraph graph) =>
        [.. Assert.IsType<PolicyOutcome.ViolationsOutcome>(Run(graph)).Findings];

    private static Finding Single(ResourceGraph graph, string resource) =>
        Assert.Single(Findings(graph), f => f.Resource == resource);

    [Fact]
    public void WholeChain_Passes()
    {
        Assert.Equal(PolicyOutcome.Compliant, Run(Graph()));
    }

    [Fact]
    public void WholeChain_IrisIsReachedOnlyAlongThePath()
    {
        var edges = RequestPathGraph.Edges(Graph());

        Assert.Contains(edges, e => e.From.Stage == PathStage.Waf && e.To.Stage == PathStage.CloudFront);
        Assert.Contains(edges, e => e.From.Stage == PathStage.CloudFront && e.To.Name == "edge-alb");
        Assert.Contains(edges, e => e.From.Name == "edge-alb" && e.To.Name == $"{Api}/api-gateway");
        Assert.Contains(edges, e => e.From.Name == $"{Web}/web-gateway" && e.To.Name == $"{Iris}/iris-compute");
        Assert.Empty(NoBypassPath.Bypasses(Graph()));
    }

    [Fact]
    public void NoIris_IsNotApplicable()
    {
        Assert.Equal(PolicyOutcome.NotApplicable, Run(RequestPathFixture.Graph(Chain().Where(n => n.Name != "iris" && !n.Name.StartsWith("admit-iris", StringComparison.Ordinal)))));
    }

    [Fact]
    public void LoadBalancerServiceInTheIrisNamespace_IsABypass()
    {
        var service = Kube("v1", "Service", "iris-public", Iris, ("spec", MapValue.Of(("type", "LoadBalancer"), ("selector", Iko("compute")))));

        var finding = Single(Graph(service), "iris-public");

        Assert.Equal("spec.type", finding.Property);
        Assert.Contains("ClusterIP", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void NodePortServiceForTheWebGateway_IsABypass()
    {
        var service = Kube("v1", "Service", "wg-nodeport", Web, ("spec", MapValue.Of(("type", "NodePort"), ("selector", Tier("web-gateway")))));

        Assert.Equal("spec.type", Single(Graph(service), "wg-nodeport").Property);
    }

    [Fact]
    public void NetworkPolicyFromKongStraightToIris_IsABypass()
    {
        var shortcut = Admit("kong-to-iris", Iris, Iko("compute"), FromTier(Api, "api-gateway"));

        var finding = Single(Graph(shortcut), "kong-to-iris");

        Assert.Equal("spec.ingress[0].from[0]", finding.Property);
        Assert.Contains("the Web Gateway", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NetworkPolicyAdmittingTheWorld_IsABypass()
    {
        var world = Admit("wg-from-world", Web, Tier("web-gateway"), MapValue.Of(("ipBlock", MapValue.Of(("cidr", "0.0.0.0/0")))));

        Assert.Equal("spec.ingress[0].from[0]", Single(Graph(world), "wg-from-world").Property);
    }

    [Fact]
    public void NetworkPolicyRuleWithoutSources_IsABypass()
    {
        var open = Kube("networking.k8s.io/v1", "NetworkPolicy", "iris-any", Iris, ("spec", MapValue.Of(
            ("podSelector", MapValue.Of(("matchLabels", Iko("data")))),
            ("ingress", ListValue.Of(MapValue.Of(("ports", ListValue.Of(MapValue.Of(("port", 1972))))))))));

        Assert.Equal("spec.ingress[0]", Single(Graph(open), "iris-any").Property);
    }

    [Fact]
    public void SecurityGroupOpeningTheNodesToTheWorld_IsABypass()
    {
        var nodes = Aws("aws:ec2/securityGroup:SecurityGroup", "cluster-nodes");
        var rule = Aws("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "nodes-open",
            ("securityGroupId", new OutputReference("cluster-nodes", "id")), ("cidrIpv4", "0.0.0.0/0"), ("ipProtocol", "-1"));

        var finding = Single(Graph(nodes, rule), "nodes-open");

        Assert.Equal("cidrIpv4", finding.Property);
        Assert.Contains("nodes", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PublicAlbWithoutTheLockDown_IsABypass()
    {
        var open = Aws("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "alb-open",
            ("securityGroupId", new OutputReference("edge-alb-sg", "id")), ("cidrIpv4", "0.0.0.0/0"), ("fromPort", 443), ("toPort", 443), ("ipProtocol", "tcp"));
        var graph = RequestPathFixture.Graph(Chain().Select(n => n.Name == "edge-alb" ? n with { Inputs = n.Inputs.With("internal", false) } : n).Append(open));

        var finding = Single(graph, "alb-open");

        Assert.Contains("prefix list", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void PublicAlbWithPrefixListOnlySecurityGroup_IsNoBypass()
    {
        var prefixOnly = Aws("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "alb-cloudfront",
            ("securityGroupId", new OutputReference("edge-alb-sg", "id")), ("prefixListId", "pl-3b927c52"), ("fromPort", 443), ("toPort", 443), ("ipProtocol", "tcp"));

        var graph = RequestPathFixture.Graph(Chain().Select(n => n.Name == "edge-alb" ? n with { Inputs = n.Inputs.With("internal", false) } : n).Append(prefixOnly));

        Assert.Equal(PolicyOutcome.Compliant, Run(graph));
    }

    [Fact]
    public void CloudFrontWithoutItsWaf_IsABypass()
    {
        var graph = Edited("edge-cdn", n => n with { Inputs = new MapValue(n.Inputs.Entries.Remove("webAclId")) });

        Assert.Equal("webAclId", Single(graph, "edge-cdn").Property);
    }

    [Fact]
    public void TargetGroupBindingToTheWebGateway_IsABypass()
    {
        var service = Kube("v1", "Service", "wg", Web, ("spec", MapValue.Of(("selector", Tier("web-gateway")))));
        var binding = Kube("elbv2.k8s.aws/v1beta1", "TargetGroupBinding", "wg-binding", Web,
            ("spec", MapValue.Of(("targetGroupARN", new OutputReference("edge-tg", "arn")), ("serviceRef", MapValue.Of(("name", "wg"), ("port", 443))))));

        Assert.Equal("spec.serviceRef", Single(Graph(service, binding), "wg-binding").Property);
    }

    [Fact]
    public void InternetFacingIngressToTheApiGateway_IsABypass()
    {
        var ingress = Kube("networking.k8s.io/v1", "Ingress", "kong-ingress", Api,
            ("spec", MapValue.Of(("defaultBackend", MapValue.Of(("service", MapValue.Of(("name", "kong-proxy"))))))));
        ingress = ingress with { Inputs = ingress.Inputs.With("metadata", MapValue.Of(("name", "kong-ingress"), ("namespace", Api), ("annotations", MapValue.Of(("alb.ingress.kubernetes.io/scheme", "internet-facing"))))) };

        Assert.Contains(Findings(Graph(ingress)), f => f.Resource == "kong-ingress" && f.Property == "metadata.annotations.alb.ingress.kubernetes.io/scheme");
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void RealStack_PassesAndAPlantedLoadBalancerServiceBesideIris_IsCaught(string stack)
    {
        var graph = StackEvaluation.Evaluate(new StackFileConfigSource(RepoPaths.Root, stack), PolicyPack.Default()).Build.Graph;
        var iris = graph.OfType("kubernetes:intersystems.com/v1alpha1:IrisCluster").Single();
        var planted = new ResourceNode("kubernetes:core/v1:Service", "planted", NodeKind.Custom, null, MapValue.Of(
            ("apiVersion", "v1"), ("kind", "Service"),
            ("metadata", MapValue.Of(("name", "iris-public"), ("namespace", iris.Input("metadata.namespace")))),
            ("spec", MapValue.Of(("type", "LoadBalancer"), ("selector", Iko("data"))))), ResourceOptions.None);

        Assert.Equal(PolicyOutcome.Compliant, Run(graph));
        Assert.Equal("spec.type", Single(RequestPathFixture.Graph(graph.Nodes.Append(planted)), "planted").Property);
    }
}
