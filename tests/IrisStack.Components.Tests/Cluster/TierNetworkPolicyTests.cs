using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Tests.Cluster;

public class TierNetworkPolicyTests
{
    private static readonly TierNamespaces Namespaces = new("api", "web", "iris");
    private static readonly TierChain Chain = TierChain.Plan(TierPorts.Default, ["10.0.96.0/21", "10.0.104.0/21"]);
    private static readonly Dictionary<(string Namespace, string Name), NetworkPolicySpec> Policies =
        TierNetworkPolicies.Plan(Chain, Namespaces).ToDictionary(p => (p.Namespace, p.Name));

    [Fact]
    public void Chain_UsesTheDocumentedPorts()
    {
        var ports = Chain.Rules.ToDictionary(r => r.Purpose, r => r.Ports.ToArray());

        Assert.Equal([8443], ports["load balancer to API gateway proxy"]);
        Assert.Equal([8443], ports["API gateway to Web Gateway"]);
        Assert.Equal([1972, 52773], ports["Web Gateway to IRIS compute"]);
        Assert.Equal([1972], ports["ECP from compute to data"]);
        Assert.Equal([1972, 2188], ports["mirroring between data members"]);
        Assert.Equal([2188], ports["mirror members to the arbiter"]);
        Assert.Equal(6, ports.Count);
    }

    [Fact]
    public void Chain_HasNoPathToIrisThatSkipsTheGateways()
    {
        var sources = Chain.Into(Tier.IrisCompute).Concat(Chain.Into(Tier.IrisData)).Concat(Chain.Into(Tier.Arbiter))
            .Select(r => r.From).OfType<TrafficSource.FromTier>().Select(f => f.Tier).Distinct().Order();

        Assert.Equal([Tier.WebGateway, Tier.IrisCompute, Tier.IrisData], sources);
        Assert.All(Chain.Rules.Where(r => r.From is TrafficSource.FromLoadBalancer), r => Assert.Equal(Tier.ApiGateway, r.To));
    }

    [Theory]
    [InlineData("api")]
    [InlineData("web")]
    [InlineData("iris")]
    public void EveryNamespace_DeniesAllByDefault_AndAllowsDnsToCoreDnsOnly(string ns)
    {
        var deny = Policies[(ns, TierNetworkPolicies.DefaultDenyName)].Spec;
        var dns = Policies[(ns, TierNetworkPolicies.DnsEgressName)].Spec;

        Assert.Equal(MapValue.Empty, deny["podSelector"]);
        Assert.Equal(ListValue.Of("Ingress", "Egress"), deny["policyTypes"]);
        Assert.Null(deny["ingress"]);
        Assert.Null(deny["egress"]);
        Assert.Equal(ListValue.Of("Egress"), dns["policyTypes"]);
        var rule = ClusterFixtures.Map(Assert.Single(Assert.IsType<ListValue>(dns["egress"]).Items));
        var peer = ClusterFixtures.Map(Assert.Single(Assert.IsType<ListValue>(rule["to"]).Items));
        Assert.Equal("kube-system", ClusterFixtures.Text(ClusterFixtures.Map(ClusterFixtures.Map(peer["namespaceSelector"])["matchLabels"])["kubernetes.io/metadata.name"]));
        Assert.Equal("kube-dns", ClusterFixtures.Text(ClusterFixtures.Map(ClusterFixtures.Map(peer["podSelector"])["matchLabels"])["k8s-app"]));
        Assert.Equal(
            [("UDP", 53.0), ("TCP", 53.0)],
            Assert.IsType<ListValue>(rule["ports"]).Items.Cast<MapValue>().Select(p => (ClusterFixtures.Text(p["protocol"]), ((NumberValue)p["port"]!).Value)));
    }

    [Fact]
    public void LoadBalancerRule_AdmitsOnlyTheLoadBalancerSubnetsToTheProxyPort()
    {
        var spec = Policies[("api", "api-gateway-ingress-from-load-balancer")].Spec;
        var rule = ClusterFixtures.Map(Assert.Single(Assert.IsType<ListValue>(spec["ingress"]).Items));

        Assert.Equal("api-gateway", ClusterFixtures.Text(ClusterFixtures.Map(ClusterFixtures.Map(spec["podSelector"])["matchLabels"])["iris-stack/tier"]));
        Assert.Equal(
            ["10.0.96.0/21", "10.0.104.0/21"],
            Assert.IsType<ListValue>(rule["from"]).Items.Cast<MapValue>().Select(p => ClusterFixtures.Text(ClusterFixtures.Map(p["ipBlock"])["cidr"])));
        Assert.Equal(MapValue.Of(("port", 8443), ("protocol", "TCP")), Assert.Single(Assert.IsType<ListValue>(rule["ports"]).Items));
    }

    [Fact]
    public void CrossNamespaceHop_NeedsIngressAtTheDestinationAndEgressAtTheSource()
    {
        var ingress = Policies[("iris", "iris-compute-ingress-from-web-gateway")].Spec;
        var egress = Policies[("web", "web-gateway-egress-to-iris-compute")].Spec;
        var from = ClusterFixtures.Map(Assert.Single(Assert.IsType<ListValue>(ClusterFixtures.Map(Assert.Single(Assert.IsType<ListValue>(ingress["ingress"]).Items))["from"]).Items));
        var to = ClusterFixtures.Map(Assert.Single(Assert.IsType<ListValue>(ClusterFixtures.Map(Assert.Single(Assert.IsType<ListValue>(egress["egress"]).Items))["to"]).Items));

        Assert.Equal(MapValue.Of(
            ("namespaceSelector", MapValue.Of(("matchLabels", MapValue.Of(("kubernetes.io/metadata.name", "web"))))),
            ("podSelector", MapValue.Of(("matchLabels", MapValue.Of(("iris-stack/tier", "web-gateway")))))), from);
        Assert.Equal(MapValue.Of(
            ("namespaceSelector", MapValue.Of(("matchLabels", MapValue.Of(("kubernetes.io/metadata.name", "iris"))))),
            // IKO's pods carry IKO's labels, not ours.
            ("podSelector", MapValue.Of(("matchLabels", MapValue.Of(("intersystems.com/component", "compute"), ("intersystems.com/kind", "IrisCluster")))))), to);
    }

    [Fact]
    public void Plan_HasEveryExpectedPolicyAndNoOther()
    {
        Assert.Equal(
            [
                "api/default-deny-all", "api/allow-dns-egress", "api/api-gateway-ingress-from-load-balancer",
                "api/api-gateway-egress-to-web-gateway",
                "web/default-deny-all", "web/allow-dns-egress", "web/web-gateway-ingress-from-api-gateway", "web/web-gateway-egress-to-iris-compute",
                "iris/default-deny-all", "iris/allow-dns-egress", "iris/iris-compute-ingress-from-web-gateway", "iris/iris-data-ingress-from-iris-compute",
                "iris/iris-data-ingress-from-iris-data", "iris/arbiter-ingress-from-iris-data", "iris/iris-compute-egress-to-iris-data",
                "iris/iris-data-egress-to-iris-data", "iris/iris-data-egress-to-arbiter",
            ],
            TierNetworkPolicies.Plan(Chain, Namespaces).Select(p => $"{p.Namespace}/{p.Name}"));
    }

    [Fact]
    public void Layer_UsesThePrivateSubnetsAsLoadBalancerSources_WhereTheInternalAlbIs_AndConfiguredPorts()
    {
        var build = ClusterFixtures.Build("""{"ports":{"apiGatewayProxy":"8000"}}""");
        var policy = build.Graph["cluster-iris-api-gateway-api-gateway-ingress-from-load-balancer"];

        var rule = ClusterFixtures.Map(Assert.Single(Assert.IsType<ListValue>(policy.Input("spec.ingress")).Items));
        var privateSubnets = build.Graph.OfType("aws:ec2/subnet:Subnet").Where(s => s.Name.StartsWith("network-private-", StringComparison.Ordinal))
            .Select(s => ClusterFixtures.Text(s.Input("cidrBlock"))).ToList();
        Assert.Equal(3, privateSubnets.Count);
        Assert.Equal(
            privateSubnets,
            Assert.IsType<ListValue>(rule["from"]).Items.Cast<MapValue>().Select(p => ClusterFixtures.Text(ClusterFixtures.Map(p["ipBlock"])["cidr"])));
        Assert.Equal(MapValue.Of(("port", 8000), ("protocol", "TCP")), Assert.Single(Assert.IsType<ListValue>(rule["ports"]).Items));
        Assert.Contains("cluster-ns-api-gateway", policy.Options.DependsOn);
    }
}
