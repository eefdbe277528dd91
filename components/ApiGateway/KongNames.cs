using System.Text;
using System.Text.RegularExpressions;

namespace IrisStack.Components.ApiGateway;

/// <summary>The names of the entities in the declarative config, derived from what they serve.</summary>
public static partial class KongNames
{
    /// <summary>The upstream service: the Web Gateway.</summary>
    public const string Service = "iris-webgateway";

    /// <summary>The consumer that carries the JWT issuer's key (jwt plugin only).</summary>
    public const string JwtConsumer = "iris-jwt-issuer";

    /// <summary>Whether <paramref name="name"/> is a plain entity or namespace name.</summary>
    public static bool IsName(string name) => NamePattern().IsMatch(name);

    /// <summary>The route of an allowed path: <c>/api/app/</c> → <c>route-api-app</c>, <c>/csp/broker/cspbroker.js</c> → <c>route-csp-broker-cspbroker-js</c>.</summary>
    public static string Route(string path)
    {
        var name = new StringBuilder("route");
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            name.Append('-').Append(NotNameCharacter().Replace(part, "-"));
        }

        return name.ToString();
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex NotNameCharacter();
}
