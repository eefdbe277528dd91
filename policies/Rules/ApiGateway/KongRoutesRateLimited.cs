using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>Every Kong route is rate-limited by rate-limiting-advanced with its counters in Redis over verified TLS.</summary>
public sealed class KongRoutesRateLimited : KongYmlPolicy
{
    private const string Fix = "Keep the global rate limit the apigateway layer renders (iris-stack:apiGateway.rateLimit, strategy redis) and give a route its own only through iris-stack:apiGateway.routeRateLimits; do not edit the rendered kong.yml.";

    /// <inheritdoc />
    public override string Id => "kong-routes-rate-limited";

    /// <inheritdoc />
    public override string Description => "Every route of Kong's declarative config runs rate-limiting-advanced (its own, its service's or a global instance, whichever Kong picks) with strategy redis and Redis over TLS with ssl_verify.";

    /// <inheritdoc />
    public override string Rationale => "Without a limit one client can exhaust IRIS's licences and CPU through the gateway; local counters are per pod, so with several replicas the limit multiplies, and a plugin that cannot reach Redis silently falls back to them.";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["G1"];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, KongYml yml)
    {
        foreach (var route in yml.Routes)
        {
            // Kong runs one instance per plugin name: the most specific one replaces the global limit.
            if (yml.Effective(route, "rate-limiting-advanced") is not { } limit)
            {
                yield return Violation(node, Property, $"{route.Describe()} is not rate-limited: no enabled rate-limiting-advanced on it, its service or globally.", Fix);
                continue;
            }

            var problems = new List<string>();
            if ((limit.Config("strategy") ?? "local") != "redis")
            {
                problems.Add($"strategy is '{limit.Config("strategy") ?? "local"}', not redis, so each pod counts on its own");
            }
            else if (limit.Config("redis.host") is null)
            {
                problems.Add("strategy redis has no redis.host");
            }

            if (limit.Config("redis.ssl") != "true" || limit.Config("redis.ssl_verify") != "true")
            {
                problems.Add("Redis is not reached over verified TLS (redis.ssl and redis.ssl_verify must be true)");
            }

            if (problems.Count > 0)
            {
                yield return Violation(node, Property, $"{route.Describe()} is limited by {limit.Describe()}, whose {string.Join("; ", problems)}.", Fix);
            }
        }
    }
}
