using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.WebGateway;

/// <summary>The Web Gateway speaks TLS 1.2 and 1.3 only.</summary>
public sealed class WebGatewayTlsProtocols : NginxConfPolicy
{
    private static readonly ImmutableHashSet<string> Allowed = ["TLSv1.2", "TLSv1.3"];

    /// <inheritdoc />
    public override string Id => "webgateway-tls-protocols";

    /// <inheritdoc />
    public override string Description => "Every TLS server of the Web Gateway sets ssl_protocols to TLSv1.2 and/or TLSv1.3 only.";

    /// <inheritdoc />
    public override string Rationale => "TLS 1.0 and 1.1 are deprecated (RFC 8996) and nginx 1.22 still enables TLSv1 and TLSv1.1 when ssl_protocols is unset.";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, NginxDirective root)
    {
        var http = root.Descendants("http").FirstOrDefault();
        foreach (var server in WebGatewayResources.Servers(root).Where(s => s.Named("listen").Any(l => l.Args.Contains("ssl"))))
        {
            var protocols = server.Named("ssl_protocols").LastOrDefault() ?? http?.Named("ssl_protocols").LastOrDefault();
            if (protocols is null)
            {
                yield return Violation(node, Property, "A TLS server does not set ssl_protocols, so nginx's defaults (TLSv1, TLSv1.1) apply.", "Set 'ssl_protocols TLSv1.2 TLSv1.3;'.");
            }
            else if (protocols.Args.Length == 0 || protocols.Args.Any(p => !Allowed.Contains(p)))
            {
                yield return Violation(node, Property, $"ssl_protocols is '{string.Join(' ', protocols.Args)}'; only TLSv1.2 and TLSv1.3 are allowed.", "Set 'ssl_protocols TLSv1.2 TLSv1.3;'.");
            }
        }
    }
}
