using IrisStack.Components.Cluster;
using IrisStack.Components.Data.Iko;
using IrisStack.Components.Graph;
using static IrisStack.Components.Tests.Data.Iko.OperatorSections;

namespace IrisStack.Components.Tests.Data.Iko;

public sealed class OperatorNetworkPoliciesTests
{
    private static readonly string[] ControlPlane = ["10.0.96.0/19", "10.0.128.0/19"];

    private static IReadOnlyList<string> Cidrs(Value? peers) =>
        [.. ((ListValue)peers!).Items.Select(p => (((MapValue)p)["ipBlock"] as MapValue)?["cidr"] is StringValue { Value: var c } ? c : "?")];

    private static IReadOnlyList<double> Ports(Value? ports) =>
        [.. ((ListValue)ports!).Items.Select(p => ((MapValue)p)["port"] is NumberValue { Value: var n } ? n : -1)];

    [Fact]
    public void Default_DenyAll_Dns_ApiEgress_WebhookIngress_AllInTheOperatorNamespace()
    {
        var policies = OperatorNetworkPolicies.Plan(Read(Minimal()), "iris", ControlPlane);

        Assert.Equal(
            [
                ("iris-operator", TierNetworkPolicies.DefaultDenyName), ("iris-operator", TierNetworkPolicies.DnsEgressName),
                ("iris-operator", OperatorNetworkPolicies.ApiEgressName), ("iris-operator", OperatorNetworkPolicies.WebhookIngressName),
            ],
            policies.Select(p => (p.Namespace, p.Name)));
        Assert.Equal(TierNetworkPolicies.DefaultDeny("iris-operator"), policies[0]);
    }

    [Fact]
    public void Api_IsReachedOn443_AndCallsWebhooks_OnlyFromTheControlPlaneSubnets()
    {
        var policies = OperatorNetworkPolicies.Plan(Read(Minimal()), "iris", ControlPlane);
        var egress = (MapValue)((ListValue)policies.Single(p => p.Name == OperatorNetworkPolicies.ApiEgressName).Spec["egress"]!).Items.Single();
        var ingress = (MapValue)((ListValue)policies.Single(p => p.Name == OperatorNetworkPolicies.WebhookIngressName).Spec["ingress"]!).Items.Single();

        Assert.Equal(ControlPlane, Cidrs(egress["to"]));
        Assert.Equal([443], Ports(egress["ports"]));
        Assert.Equal(ControlPlane, Cidrs(ingress["from"]));
        Assert.Equal([8443], Ports(ingress["ports"]));
    }

    [Fact]
    public void IrisPorts_OpenTheHopBothWays_AndOnlyThosePorts()
    {
        var policies = OperatorNetworkPolicies.Plan(Read(Minimal(("irisPorts", new System.Text.Json.Nodes.JsonArray("52773")))), "iris", ControlPlane);

        var egress = policies.Single(p => p.Name == OperatorNetworkPolicies.IrisEgressName);
        var ingress = policies.Single(p => p.Name == OperatorNetworkPolicies.IrisIngressName);
        Assert.Equal(("iris-operator", "iris"), (egress.Namespace, ingress.Namespace));
        var rule = (MapValue)((ListValue)ingress.Spec["ingress"]!).Items.Single();
        Assert.Equal([52773], Ports(rule["ports"]));
        Assert.Equal("iris-operator", ((((MapValue)((ListValue)rule["from"]!).Items.Single())["namespaceSelector"] as MapValue)?["matchLabels"] as MapValue)?[TierNetworkPolicies.NamespaceNameLabel] is StringValue { Value: var ns } ? ns : null);
    }

    [Fact]
    public void NoControlPlaneSubnets_IsRefused() =>
        Assert.Throws<ArgumentException>(() => OperatorNetworkPolicies.Plan(Read(Minimal()), "iris", []));
}
