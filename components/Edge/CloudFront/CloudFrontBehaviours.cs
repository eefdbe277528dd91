using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Edge.CloudFront;

/// <summary>
/// The distribution's cache behaviours, in the order CloudFront matches them (first match wins):
/// static-origin paths, then static application paths, then API paths; everything else takes the
/// default behaviour, which is dynamic and not cached. Every behaviour redirects HTTP to HTTPS and
/// sets the security headers.
/// </summary>
public static class CloudFrontBehaviours
{
    /// <summary>The origin id of the application (the internal ALB behind its VPC origin).</summary>
    public const string AppOrigin = "app";

    /// <summary>The origin id of the static-content bucket.</summary>
    public const string StaticOrigin = "static";

    /// <summary>What viewers are redirected to.</summary>
    public const string ViewerProtocolPolicy = "redirect-to-https";

    /// <summary>Every method: the application and its API take writes.</summary>
    public static readonly ImmutableArray<string> AllMethods = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"];

    /// <summary>Read-only methods, for content that is only ever read.</summary>
    public static readonly ImmutableArray<string> ReadMethods = ["GET", "HEAD"];

    /// <summary>The policies the behaviours reference.</summary>
    /// <param name="ResponseHeaders">The security headers policy's id.</param>
    /// <param name="DynamicRequests">The origin request policy of dynamic paths (cookies and the viewer address).</param>
    /// <param name="ApiCache">The API paths' cache policy (Authorization, cookies and query strings in the key).</param>
    /// <param name="ApiRequests">The origin request policy of API paths (the viewer address).</param>
    public sealed record PolicyIds(Value ResponseHeaders, Value DynamicRequests, Value ApiCache, Value ApiRequests);

    /// <summary>The default behaviour: the application, not cached, cookies and the viewer address forwarded.</summary>
    public static MapValue Default(PolicyIds policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        return Behaviour(null, AppOrigin, AllMethods, CloudFrontManagedPolicies.CachingDisabled, policies.DynamicRequests, policies.ResponseHeaders);
    }

    /// <summary>The ordered behaviours for <paramref name="config"/>.</summary>
    public static ImmutableArray<MapValue> Ordered(CloudFrontConfig config, PolicyIds policies)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(policies);
        return
        [
            .. (config.StaticOrigin?.Paths ?? []).Select(p => Behaviour(p, StaticOrigin, ReadMethods, CloudFrontManagedPolicies.CachingOptimized, null, policies.ResponseHeaders)),
            .. config.StaticPaths.Select(p => Behaviour(p, AppOrigin, ReadMethods, CloudFrontManagedPolicies.CachingOptimized, null, policies.ResponseHeaders)),
            .. config.ApiPaths.Select(p => Behaviour(p, AppOrigin, AllMethods, policies.ApiCache, policies.ApiRequests, policies.ResponseHeaders)),
        ];
    }

    private static MapValue Behaviour(string? pathPattern, string origin, ImmutableArray<string> methods, Value cachePolicy, Value? originRequestPolicy, Value responseHeaders) => MapValue.Of(
        ("pathPattern", pathPattern is null ? null : (Value)pathPattern),
        ("targetOriginId", origin),
        ("viewerProtocolPolicy", ViewerProtocolPolicy),
        ("allowedMethods", ListValue.Of(methods.Select(m => (Value)m))),
        ("cachedMethods", ListValue.Of(ReadMethods.Select(m => (Value)m))),
        ("cachePolicyId", cachePolicy),
        ("originRequestPolicyId", originRequestPolicy),
        ("responseHeadersPolicyId", responseHeaders),
        ("compress", true));
}
