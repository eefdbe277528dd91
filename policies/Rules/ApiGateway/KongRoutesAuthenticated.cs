using System.Collections.Immutable;
using IrisStack.Components.ApiGateway;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>
/// Every Kong route that is not marked public runs jwt or openid-connect without an anonymous
/// fallback. A route is public when it carries a tag <c>public:&lt;reason&gt;</c>, which the
/// apigateway layer writes for each <c>publicRoutes</c> entry with its reason.
/// </summary>
public sealed class KongRoutesAuthenticated : KongYmlPolicy
{
    private static readonly string[] AuthPlugins = ["jwt", "openid-connect"];

    /// <inheritdoc />
    public override string Id => "kong-routes-authenticated";

    /// <inheritdoc />
    public override string Description => $"Every route of Kong's declarative config runs jwt or openid-connect (its own, its service's or a global instance) with no anonymous consumer, unless the route carries a '{KongDeclarativeConfigRenderer.PublicTagPrefix}<reason>' tag.";

    /// <inheritdoc />
    public override string Rationale => "An unauthenticated route hands IRIS's applications to anyone who can reach the load balancer; with anonymous set, a request without a token passes as the anonymous consumer. Routes left open on purpose say why, so a lost plugin cannot pass for a public route.";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, KongYml yml)
    {
        foreach (var route in yml.Routes)
        {
            if (route.Tags.Any(t => t.StartsWith(KongDeclarativeConfigRenderer.PublicTagPrefix, StringComparison.Ordinal) && t[KongDeclarativeConfigRenderer.PublicTagPrefix.Length..].Trim().Length > 0))
            {
                continue;
            }

            var auth = yml.Effective(route, AuthPlugins);
            if (auth is null)
            {
                yield return Violation(node, Property, $"{route.Describe()} is not authenticated: no enabled jwt or openid-connect on it, its service or globally, and no '{KongDeclarativeConfigRenderer.PublicTagPrefix}<reason>' tag.",
                    "Leave authentication to iris-stack:apiGateway.auth, or list the path in iris-stack:apiGateway.publicRoutes with the reason it needs none.");
            }
            else if (auth.Config("anonymous") is { Length: > 0 } anonymous)
            {
                yield return Violation(node, Property, $"{route.Describe()} runs {auth.Describe()} with anonymous '{anonymous}', so a request without a valid token passes as that consumer.",
                    "Remove config.anonymous from the plugin (the apigateway layer never sets it), or make the route public with a reason.");
            }
        }
    }
}
