using System.Collections.Immutable;
using System.Net;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>kong.conf's <c>trusted_ips</c> never trusts every address.</summary>
public sealed class KongTrustedIpsNotWorld : KongConfPolicy
{
    /// <inheritdoc />
    public override string Id => "kong-trusted-ips-not-world";

    /// <inheritdoc />
    public override string Description => "kong.conf's trusted_ips holds no block of prefix length 0 (0.0.0.0/0, ::/0).";

    /// <inheritdoc />
    public override string Rationale => "Kong believes X-Forwarded-For from trusted peers only; trusting the world lets any client choose its own address, which defeats per-client rate limits, ip-restriction and the access log.";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, KongConf conf)
    {
        var world = conf.List("trusted_ips").Where(IsWorld).ToList();
        if (world.Count > 0)
        {
            yield return Violation(node, Property, $"trusted_ips holds {string.Join(", ", world)}, which trusts every peer's X-Forwarded-For.",
                "List only the load balancer's subnets in iris-stack:apiGateway.trustedIps.") with
            { Setting = "trustedIps", Want = "the load balancer's subnets only (e.g. 10.0.0.0/22)" };
        }
    }

    private static bool IsWorld(string entry)
    {
        var slash = entry.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && IPAddress.TryParse(entry[..slash], out _) && entry[(slash + 1)..].Trim() is "0";
    }
}
