using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Cluster;

/// <summary>
/// Plans the NetworkPolicies of the tier namespaces: in each, a default deny of all ingress and
/// egress and an allowance for DNS to CoreDNS; then, for every hop of the tier chain, an ingress
/// policy on the destination's pods and an egress policy on the source's pods (with default deny in
/// both directions, a hop needs both). Peers are selected by namespace name and
/// <see cref="TierLabels.Selector"/>.
/// </summary>
public static class TierNetworkPolicies
{
    /// <summary>Name of each namespace's deny-all policy.</summary>
    public const string DefaultDenyName = "default-deny-all";

    /// <summary>Name of each namespace's DNS allowance.</summary>
    public const string DnsEgressName = "allow-dns-egress";

    /// <summary>The label Kubernetes sets on every namespace to its own name.</summary>
    public const string NamespaceNameLabel = "kubernetes.io/metadata.name";

    /// <summary>The policies, grouped by namespace in chain order.</summary>
    public static ImmutableArray<NetworkPolicySpec> Plan(TierChain chain, TierNamespaces namespaces)
    {
        var result = ImmutableArray.CreateBuilder<NetworkPolicySpec>();
        foreach (var ns in new[] { namespaces.ApiGateway, namespaces.WebGateway, namespaces.Iris }.Distinct())
        {
            result.Add(DefaultDeny(ns));
            result.Add(DnsEgress(ns));

            foreach (var rule in chain.Rules.Where(r => namespaces.Of(r.To) == ns))
            {
                result.Add(new NetworkPolicySpec(ns, $"{TierLabels.Value(rule.To)}-ingress-from-{SourceName(rule.From)}", MapValue.Of(
                    ("podSelector", PodsOf(rule.To)),
                    ("policyTypes", ListValue.Of("Ingress")),
                    ("ingress", ListValue.Of(MapValue.Of(
                        ("from", Peers(rule.From, namespaces)),
                        ("ports", TcpPorts(rule.Ports))))))));
            }

            foreach (var rule in chain.Rules.Where(r => r.From is TrafficSource.FromTier f && namespaces.Of(f.Tier) == ns))
            {
                var from = ((TrafficSource.FromTier)rule.From).Tier;
                result.Add(new NetworkPolicySpec(ns, $"{TierLabels.Value(from)}-egress-to-{TierLabels.Value(rule.To)}", MapValue.Of(
                    ("podSelector", PodsOf(from)),
                    ("policyTypes", ListValue.Of("Egress")),
                    ("egress", ListValue.Of(MapValue.Of(
                        ("to", ListValue.Of(TierPeer(rule.To, namespaces))),
                        ("ports", TcpPorts(rule.Ports))))))));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>A namespace's deny-all policy: every pod selected, both directions listed, nothing allowed.</summary>
    public static NetworkPolicySpec DefaultDeny(string ns) => new(ns, DefaultDenyName, MapValue.Of(
        ("podSelector", MapValue.Empty),
        ("policyTypes", ListValue.Of("Ingress", "Egress"))));

    /// <summary>A namespace's allowance for DNS: every pod may reach CoreDNS on port 53.</summary>
    public static NetworkPolicySpec DnsEgress(string ns) => new(ns, DnsEgressName, MapValue.Of(
        ("podSelector", MapValue.Empty),
        ("policyTypes", ListValue.Of("Egress")),
        ("egress", ListValue.Of(MapValue.Of(
            ("to", ListValue.Of(MapValue.Of(
                ("namespaceSelector", MatchLabels(NamespaceNameLabel, "kube-system")),
                ("podSelector", MatchLabels("k8s-app", "kube-dns"))))),
            ("ports", ListValue.Of(Port("UDP", 53), Port("TCP", 53))))))));

    private static string SourceName(TrafficSource source) => source switch
    {
        TrafficSource.FromTier t => TierLabels.Value(t.Tier),
        TrafficSource.FromLoadBalancer => "load-balancer",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown traffic source."),
    };

    private static ListValue Peers(TrafficSource source, TierNamespaces namespaces) => source switch
    {
        TrafficSource.FromTier t => ListValue.Of(TierPeer(t.Tier, namespaces)),
        TrafficSource.FromLoadBalancer lb => ListValue.Of(lb.SubnetCidrs.Select(c => (Value)MapValue.Of(("ipBlock", MapValue.Of(("cidr", c)))))),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown traffic source."),
    };

    private static MapValue TierPeer(Tier tier, TierNamespaces namespaces) => MapValue.Of(
        ("namespaceSelector", MatchLabels(NamespaceNameLabel, namespaces.Of(tier))),
        ("podSelector", PodsOf(tier)));

    private static MapValue PodsOf(Tier tier) => MapValue.Of(("matchLabels", MapValue.Strings(TierLabels.Selector(tier))));

    private static MapValue MatchLabels(string key, string value) => MapValue.Of(("matchLabels", MapValue.Of((key, value))));

    private static ListValue TcpPorts(IEnumerable<int> ports) => ListValue.Of(ports.Select(p => (Value)Port("TCP", p)));

    private static MapValue Port(string protocol, int port) => MapValue.Of(("protocol", protocol), ("port", port));
}
