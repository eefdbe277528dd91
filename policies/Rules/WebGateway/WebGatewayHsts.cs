using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using IrisStack.Components.Graph;
using IrisStack.Components.WebGateway;

namespace IrisStack.Policies.Rules.WebGateway;

/// <summary>Every response carries HSTS for at least a year with includeSubDomains.</summary>
public sealed partial class WebGatewayHsts : NginxConfPolicy
{
    /// <inheritdoc />
    public override string Id => "webgateway-hsts";

    /// <inheritdoc />
    public override string Description => "The Web Gateway serves TLS, and every server adds 'Strict-Transport-Security: max-age>=31536000; includeSubDomains' with 'always', and no location below drops it by adding headers of its own.";

    /// <inheritdoc />
    public override string Rationale => "HSTS stops SSL-stripping downgrades. nginx inherits add_header only into levels that define none, and without 'always' error responses go without it.";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["C5"];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, NginxDirective root)
    {
        // Browsers ignore Strict-Transport-Security received over plain HTTP (RFC 6797 section 8.1).
        if (!WebGatewayResources.Servers(root).Any(WebGatewayResources.IsTls))
        {
            yield return Violation(node, Property, "nginx.conf has no TLS server (no 'listen ... ssl'); browsers ignore HSTS sent over plain HTTP, so no response protects the site.", "Serve the gateway over TLS ('listen <port> ssl;', as the webgateway layer renders it) with the HSTS header.");
        }

        var http = root.Descendants("http").FirstOrDefault();
        foreach (var server in WebGatewayResources.Servers(root))
        {
            var headers = server.Named("add_header").Any() ? server.Named("add_header") : http?.Named("add_header") ?? [];
            var hsts = headers.FirstOrDefault(h => h.Args.FirstOrDefault()?.Equals("Strict-Transport-Security", StringComparison.OrdinalIgnoreCase) == true);
            var minimum = WebGatewayDefaults.MinimumHstsMaxAgeSeconds;
            if (hsts is null || hsts.Args.Length < 2)
            {
                yield return Violation(node, Property, "No Strict-Transport-Security header is added.", $"Add 'add_header Strict-Transport-Security \"max-age={minimum}; includeSubDomains\" always;' to the server.");
                continue;
            }

            var value = hsts.Args[1];
            var maxAge = MaxAge().Match(value) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            if (maxAge < minimum || !value.Contains("includeSubDomains", StringComparison.OrdinalIgnoreCase))
            {
                yield return Violation(node, Property, $"Strict-Transport-Security is '{value}'; it must have max-age of at least {minimum} and includeSubDomains.", $"Send 'max-age={minimum}; includeSubDomains' or a longer max-age.")
                    with
                { Setting = "headers.hstsMaxAgeSeconds", Want = $"{minimum} or more" };
            }

            if (!hsts.Args.Contains("always"))
            {
                yield return Violation(node, Property, "Strict-Transport-Security is added without 'always', so error responses go without it.", "Add 'always' to the add_header directive.");
            }

            foreach (var location in server.Descendants("location").Where(l => l.Named("add_header").Any()))
            {
                yield return Violation(node, Property, $"'location {string.Join(' ', location.Args)}' adds headers of its own, which drops the inherited HSTS header there.", "Add headers only at server level.");
            }
        }
    }

    [GeneratedRegex(@"max-age=([0-9]{1,12})", RegexOptions.IgnoreCase)]
    private static partial Regex MaxAge();
}
