using System.Collections.Immutable;
using IrisStack.Components.Cluster;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.WebGateway;

/// <summary>
/// Finds the Web Gateway's rendered files in the graph: the nginx.conf in a ConfigMap and the
/// CSP.ini in a Secret, both labelled with the web-gateway tier. Works on graphs built here and on
/// plans read back from JSON (secrets appear as <c>[secret]</c>).
/// </summary>
public static class WebGatewayResources
{
    /// <summary>The ConfigMap type token.</summary>
    public const string ConfigMapType = "kubernetes:core/v1:ConfigMap";

    /// <summary>The Secret type token.</summary>
    public const string SecretType = "kubernetes:core/v1:Secret";

    /// <summary>The ConfigMap key of nginx.conf.</summary>
    public const string NginxConfKey = "nginx.conf";

    /// <summary>The Secret key of CSP.ini.</summary>
    public const string CspIniKey = "CSP.ini";

    /// <summary>Whether the object is labelled as part of the web-gateway tier.</summary>
    public static bool IsWebGateway(ResourceNode node) =>
        node.Input("metadata.labels") is MapValue labels && labels[TierLabels.Key] is StringValue { Value: var tier } && tier == TierLabels.Value(Tier.WebGateway);

    /// <summary>The nginx.conf of a web gateway ConfigMap, or null.</summary>
    public static string? NginxConf(ResourceNode node) =>
        node.Type == ConfigMapType && IsWebGateway(node) && node.Input("data") is MapValue data ? ValueText.LiteralsOnly(data[NginxConfKey]) : null;

    /// <summary>The CSP.ini of a web gateway Secret (secrets masked), or null.</summary>
    public static string? CspIni(ResourceNode node) =>
        node.Type == SecretType && IsWebGateway(node) && node.Input("stringData") is MapValue data ? ValueText.LiteralsOnly(data[CspIniKey]) : null;

    /// <summary>The parsed nginx.conf, or null when absent or unreadable.</summary>
    public static NginxDirective? ParsedNginxConf(ResourceNode node)
    {
        if (NginxConf(node) is not { } text)
        {
            return null;
        }

        try
        {
            return NginxConfParser.Parse(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Every server block of the configuration.</summary>
    public static ImmutableArray<NginxDirective> Servers(NginxDirective root) => [.. root.Descendants("server").Where(s => s.IsBlock)];

    /// <summary>Whether the server serves TLS on at least one <c>listen</c> (plain listens beside it are a finding of their own).</summary>
    public static bool IsTls(NginxDirective server) => server.Named("listen").Any(l => l.Args.Contains("ssl") || l.Args.Contains("quic"));

    /// <summary>
    /// The addresses the server listens on without TLS: each <c>listen</c> lacking <c>ssl</c> (QUIC
    /// listens are TLS 1.3 by definition), or nginx's default <c>*:80</c> when there is no listen.
    /// </summary>
    public static IEnumerable<string> PlainListens(NginxDirective server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var listens = server.Named("listen").ToList();
        return listens.Count == 0
            ? ["*:80 (nginx's default when a server has no listen)"]
            : listens.Where(l => !l.Args.Contains("ssl") && !l.Args.Contains("quic")).Select(l => string.Join(' ', l.Args));
    }

    /// <summary>The CIDRs admitted by <c>allow</c> in locations that also <c>deny all</c>: the admin networks.</summary>
    public static ImmutableArray<Ipv4Cidr> AdminCidrs(NginxDirective root) =>
    [
        .. root.Descendants("location")
            .Where(l => l.Named("deny").Any(d => d.Args.FirstOrDefault() == "all"))
            .SelectMany(l => l.Named("allow"))
            .Select(a => a.Args.FirstOrDefault() ?? string.Empty)
            .Select(a => a.Contains('/', StringComparison.Ordinal) ? a : a + "/32")
            .Select(a => Ipv4Cidr.TryParse(a, out _))
            .OfType<Ipv4Cidr>(),
    ];
}
