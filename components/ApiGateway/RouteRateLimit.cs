using IrisStack.Components.Config;

namespace IrisStack.Components.ApiGateway;

/// <summary>A rate limit for one route that replaces the global one there (Kong applies the most specific plugin instance).</summary>
/// <param name="Path">The allowed path of the route.</param>
/// <param name="Limit">Its limits, windows and namespace.</param>
public sealed record RouteRateLimit(string Path, RateLimit Limit)
{
    /// <summary>Reads <c>apiGateway.routeRateLimits</c>.</summary>
    public static IReadOnlyList<RouteRateLimit> ReadAll(ConfigSection parent)
    {
        var result = new List<RouteRateLimit>();
        foreach (var item in parent.SectionList("routeRateLimits", "Per-route limits that replace the global one on that route (path, limits, windowSizes, namespace)"))
        {
            var path = item.RequiredString("path", "An allowed path, as the Web Gateway lists it", "/api/app/");
            var limit = RateLimit.Read(item, [], [], KongNames.Route(path.Length > 0 ? path : "/") + "-rl");
            if (!item.Has("limits") || !item.Has("windowSizes"))
            {
                item.Error(item.Has("limits") ? "windowSizes" : "limits", "is required for a route's own limit.", "set limits and windowSizes of the same length, e.g. [20] and [60].");
            }

            item.RejectUnknownKeys();
            result.Add(new RouteRateLimit(path, limit));
        }

        return result;
    }
}
