using System.Collections.Immutable;
using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Iko;

/// <summary>
/// The NetworkPolicies of the operator: in its namespace the tier namespaces' default deny and DNS
/// allowance, egress to the Kubernetes API, and ingress from the control plane to its admission
/// webhooks; and, only for the ports the stack lists, egress to the IRIS pods with the matching
/// ingress in the IRIS namespace. On EKS the control plane reaches pods, and pods reach the API,
/// through its network interfaces in the cluster's subnets; pod selectors cannot name it, so the
/// policies admit those subnets' blocks, as the aws-network-policy-agent maintainers advise
/// (aws/aws-network-policy-agent#281). The operator namespace holds nothing else, so its policies
/// select every pod there rather than the chart's (unconfirmed) pod labels.
/// </summary>
public static class OperatorNetworkPolicies
{
    /// <summary>The port of the EKS API endpoint behind the <c>kubernetes</c> Service.</summary>
    public const int ApiServerPort = 443;

    /// <summary>Name of the operator's egress policy to the Kubernetes API.</summary>
    public const string ApiEgressName = "operator-egress-to-api-server";

    /// <summary>Name of the operator's ingress policy for the control plane's webhook calls.</summary>
    public const string WebhookIngressName = "operator-ingress-from-api-server";

    /// <summary>Name of the operator's egress policy to the IRIS pods.</summary>
    public const string IrisEgressName = "operator-egress-to-iris";

    /// <summary>Name of the IRIS namespace's ingress policy for the operator.</summary>
    public const string IrisIngressName = "iris-ingress-from-iris-operator";

    /// <summary>The policies, the operator namespace's first.</summary>
    /// <param name="config">The operator's settings (namespace, webhook port, IRIS ports).</param>
    /// <param name="irisNamespace">The namespace of the IRIS pods.</param>
    /// <param name="controlPlaneCidrs">The blocks of the subnets that hold the control plane's network interfaces.</param>
    public static ImmutableArray<NetworkPolicySpec> Plan(OperatorConfig config, string irisNamespace, IReadOnlyList<string> controlPlaneCidrs)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(irisNamespace);
        ArgumentNullException.ThrowIfNull(controlPlaneCidrs);
        if (controlPlaneCidrs.Count == 0)
        {
            throw new ArgumentException("The control plane's subnet blocks are needed to admit the Kubernetes API; pass the cluster's private subnet CIDRs (DataPlacement.ControlPlaneCidrs).", nameof(controlPlaneCidrs));
        }

        var ns = config.Namespace;
        var controlPlane = ListValue.Of(controlPlaneCidrs.Select(c => (Value)MapValue.Of(("ipBlock", MapValue.Of(("cidr", c))))));
        var result = ImmutableArray.CreateBuilder<NetworkPolicySpec>();
        result.Add(TierNetworkPolicies.DefaultDeny(ns));
        result.Add(TierNetworkPolicies.DnsEgress(ns));
        result.Add(new NetworkPolicySpec(ns, ApiEgressName, MapValue.Of(
            ("podSelector", MapValue.Empty),
            ("policyTypes", ListValue.Of("Egress")),
            ("egress", ListValue.Of(MapValue.Of(("to", controlPlane), ("ports", TcpPorts([ApiServerPort]))))))));
        result.Add(new NetworkPolicySpec(ns, WebhookIngressName, MapValue.Of(
            ("podSelector", MapValue.Empty),
            ("policyTypes", ListValue.Of("Ingress")),
            ("ingress", ListValue.Of(MapValue.Of(("from", controlPlane), ("ports", TcpPorts([config.WebhookPort]))))))));
        if (!config.IrisPorts.IsEmpty)
        {
            result.Add(new NetworkPolicySpec(ns, IrisEgressName, MapValue.Of(
                ("podSelector", MapValue.Empty),
                ("policyTypes", ListValue.Of("Egress")),
                ("egress", ListValue.Of(MapValue.Of(("to", ListValue.Of(NamespacePeer(irisNamespace))), ("ports", TcpPorts(config.IrisPorts))))))));
            result.Add(new NetworkPolicySpec(irisNamespace, IrisIngressName, MapValue.Of(
                ("podSelector", MapValue.Empty),
                ("policyTypes", ListValue.Of("Ingress")),
                ("ingress", ListValue.Of(MapValue.Of(("from", ListValue.Of(NamespacePeer(ns))), ("ports", TcpPorts(config.IrisPorts))))))));
        }

        return result.ToImmutable();
    }

    private static MapValue NamespacePeer(string ns) =>
        MapValue.Of(("namespaceSelector", MapValue.Of(("matchLabels", MapValue.Of((TierNetworkPolicies.NamespaceNameLabel, ns))))));

    private static ListValue TcpPorts(IEnumerable<int> ports) => ListValue.Of(ports.Select(p => (Value)MapValue.Of(("protocol", "TCP"), ("port", p))));
}
