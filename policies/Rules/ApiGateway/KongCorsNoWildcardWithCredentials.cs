using System.Collections.Immutable;
using System.Text.RegularExpressions;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>
/// Every cors plugin that allows credentials lists origins, none of which admits any origin: not
/// <c>*</c>, and no regex entry that matches an arbitrary origin. Kong compares an entry of only
/// <c>[A-Za-z0-9.:/-]</c> literally and treats any other as a regex it anchors at both ends, matched
/// against the host alone when it has no <c>:</c> (kong/plugins/cors/handler.lua).
/// </summary>
public sealed partial class KongCorsNoWildcardWithCredentials : KongYmlPolicy
{
    private const string Fix = "List the exact origins in iris-stack:apiGateway.cors.origins (https://portal.example.com), or set credentials: false.";

    /// <inheritdoc />
    public override string Id => "kong-cors-no-wildcard-with-credentials";

    /// <inheritdoc />
    public override string Description => "Every cors plugin with credentials: true lists origins, none of them * or a regex that matches any origin.";

    /// <inheritdoc />
    public override string Rationale => "With credentials and * (or no origins) Kong reflects the request's Origin with Access-Control-Allow-Credentials, so any web site a user visits can call the API with the user's cookies and read the answers.";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, KongYml yml)
    {
        foreach (var cors in yml.Enabled("cors").Where(c => c.Config("credentials") == "true"))
        {
            var origins = cors.List("config.origins");
            if (origins.IsEmpty)
            {
                yield return Violation(node, Property, $"{cors.Describe()} allows credentials with no origins listed, so Kong reflects any Origin with credentials.", Fix);
            }

            foreach (var origin in origins.Where(AdmitsAnyOrigin))
            {
                yield return Violation(node, Property, $"{cors.Describe()} allows credentials for the origin '{origin}', which admits any site.", Fix);
            }
        }
    }

    // A regex entry is tried on an origin no one listed, anchored as Kong anchors it (the 'a' flag
    // on every alternative, '$' appended); .NET's dialect stands in for PCRE here.
    private static bool AdmitsAnyOrigin(string origin)
    {
        if (origin == "*")
        {
            return true;
        }

        if (Literal().IsMatch(origin))
        {
            return false;
        }

        var subject = origin.Contains(':', StringComparison.Ordinal) ? "https://attacker.invalid" : "attacker.invalid";
        try
        {
            return Regex.IsMatch(subject, "^(?:" + (origin.StartsWith('^') ? origin[1..] : origin) + "$)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[A-Za-z0-9.:/-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Literal();
}
