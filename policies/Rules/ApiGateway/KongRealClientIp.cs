using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>When kong.conf trusts the load balancer, it takes the client address from X-Forwarded-For, recursively.</summary>
public sealed class KongRealClientIp : KongConfPolicy
{
    private const string Fix = "Keep real_ip_header = X-Forwarded-For and real_ip_recursive = on, which the apigateway layer renders; do not edit the rendered kong.conf.";

    /// <inheritdoc />
    public override string Id => "kong-real-client-ip";

    /// <inheritdoc />
    public override string Description => "When kong.conf sets trusted_ips, it also sets real_ip_header = X-Forwarded-For and real_ip_recursive = on.";

    /// <inheritdoc />
    public override string Rationale => "Behind the load balancer the TCP peer is the balancer: without the header every client looks like it (Kong's default real_ip_header is X-Real-IP, which the ALB does not send), so per-client limits and ip-restriction act on the balancer; without recursion a trusted hop's address can stand in for the client.";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, KongConf conf)
    {
        if (conf.List("trusted_ips").IsEmpty)
        {
            yield break;
        }

        if (!string.Equals(conf.Value("real_ip_header"), "X-Forwarded-For", StringComparison.OrdinalIgnoreCase))
        {
            yield return Violation(node, Property, $"real_ip_header is {conf.Value("real_ip_header") ?? "unset (Kong's default X-Real-IP)"}, not X-Forwarded-For, so the client address is not the one the load balancer forwards.", Fix);
        }

        if (!conf.IsOn("real_ip_recursive"))
        {
            yield return Violation(node, Property, $"real_ip_recursive is {conf.Value("real_ip_recursive") ?? "unset (Kong's default off)"}, so Kong takes the last X-Forwarded-For entry even when a trusted hop added it.", Fix);
        }
    }
}
