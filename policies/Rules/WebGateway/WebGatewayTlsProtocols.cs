using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.WebGateway;

/// <summary>The Web Gateway speaks TLS 1.2 and 1.3 only.</summary>
public sealed class WebGatewayTlsProtocols : NginxConfPolicy
{
    private const string Fix = "Give every server 'listen <port> ssl;' with the TLS certificate (the webgateway layer renders it); do not edit the rendered nginx.conf.";

    private static readonly ImmutableHashSet<string> Allowed = ["TLSv1.2", "TLSv1.3"];

    /// <inheritdoc />
    public override string Id => "webgateway-tls-protocols";

    /// <inheritdoc />
    public override string Description => "Every server of the Web Gateway listens with TLS only ('listen ... ssl') and sets ssl_protocols to TLSv1.2 and/or TLSv1.3 only.";

    /// <inheritdoc />
    public override string Rationale => "TLS 1.0 and 1.1 are deprecated (RFC 8996) and nginx 1.22 still enables TLSv1 and TLSv1.1 when ssl_protocols is unset.";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, NginxDirective root)
    {
        var servers = WebGatewayResources.Servers(root);
        if (!servers.Any(WebGatewayResources.IsTls))
        {
            yield return Violation(node, Property, "nginx.conf has no TLS server (no 'listen ... ssl'), so the gateway serves plain HTTP and no TLS setting applies.", Fix);
        }

        foreach (var server in servers)
        {
            foreach (var plain in WebGatewayResources.PlainListens(server))
            {
                yield return Violation(node, Property, $"The server listening on '{plain}' does not use TLS ('ssl' is missing), so it serves plain HTTP.", Fix);
            }
        }

        var http = root.Descendants("http").FirstOrDefault();
        foreach (var server in servers.Where(WebGatewayResources.IsTls))
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
