using IrisStack.Components.Config;

namespace IrisStack.Components.ApiGateway;

/// <summary>An allowed path served without authentication, and why.</summary>
/// <param name="Path">The allowed path, exactly as the Web Gateway lists it.</param>
/// <param name="Reason">Why it needs no authentication (reviewed like a policy suppression).</param>
public sealed record PublicRoute(string Path, string Reason)
{
    /// <summary>Reads <c>apiGateway.publicRoutes</c>.</summary>
    public static IReadOnlyList<PublicRoute> ReadAll(ConfigSection parent)
    {
        var routes = new List<PublicRoute>();
        foreach (var item in parent.SectionList("publicRoutes", "Allowed paths served without authentication, each with a reason"))
        {
            var path = item.RequiredString("path", "An allowed path, as the Web Gateway lists it", "/csp/broker/cspbroker.js");
            var reason = item.String("reason", string.Empty, "Why the path needs no authentication");
            if (reason.Trim().Length == 0)
            {
                item.Error("reason", "is missing: a public route is unauthenticated and needs a recorded reason.", "say why the path needs no authentication, e.g. 'static script the login page loads'.");
            }

            item.RejectUnknownKeys();
            routes.Add(new PublicRoute(path, reason));
        }

        return routes;
    }
}
