using System.Collections.Immutable;
using System.Text.RegularExpressions;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.WebGateway;

/// <summary>The access log never records request bodies, credentials, cookies or query strings.</summary>
public sealed partial class WebGatewayNoSensitiveLogging : NginxConfPolicy
{
    private static readonly ImmutableHashSet<string> Forbidden = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "request_body", "request", "request_uri", "args", "query_string", "is_args", "http_authorization", "http_cookie", "http_proxy_authorization", "remote_user");

    /// <inheritdoc />
    public override string Id => "webgateway-no-sensitive-logging";

    /// <inheritdoc />
    public override string Description => "Every Web Gateway access log uses a log_format without $request_body, $request, $request_uri, $args, $http_authorization, $http_cookie, $cookie_* or $arg_*.";

    /// <inheritdoc />
    public override string Rationale => "The published reference logs $request_body, which writes passwords and tokens to disk; query strings and the request line carry secrets as well, and logs are kept and shipped for a year.";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, NginxDirective root)
    {
        var formats = root.Descendants("log_format").Where(f => f.Args.Length >= 2)
            .ToDictionary(f => f.Args[0], f => Variables(string.Concat(f.Args.Skip(1))), StringComparer.Ordinal);
        foreach (var log in root.Descendants("access_log").Where(a => a.Args.FirstOrDefault() is { } path && path != "off"))
        {
            // Without a format nginx uses 'combined', which logs the whole request line.
            var format = log.Args.Length >= 2 ? log.Args[1] : "combined";
            var variables = formats.TryGetValue(format, out var found) ? found : format == "combined" ? ["request", "remote_user"] : [];
            // nginx matches variable names case-insensitively: $QUERY_STRING passes nginx -t, an unknown name does not.
            var bad = variables.Where(v => Forbidden.Contains(v) || v.StartsWith("cookie_", StringComparison.OrdinalIgnoreCase) || v.StartsWith("arg_", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).ToList();
            if (bad.Count > 0)
            {
                yield return Violation(node, Property,
                    $"access_log {log.Args[0]} uses format '{format}', which logs {string.Join(", ", bad.Select(b => "$" + b))}.",
                    "Log the normalised path ($uri) and the fields of IrisStack's wg_security format instead.");
            }
        }
    }

    // nginx joins a log_format's strings into one before it reads the variables.
    private static ImmutableArray<string> Variables(string format) =>
        [.. VariablePattern().Matches(format).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\$\{?([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex VariablePattern();
}
