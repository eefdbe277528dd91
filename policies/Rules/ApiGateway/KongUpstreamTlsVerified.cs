using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>Every Kong service is reached over HTTPS with its certificate verified; a CA it names is one the config carries (with none named, nginx's trust store applies, which <see cref="KongUpstreamTrustStore"/> checks).</summary>
public sealed class KongUpstreamTlsVerified : KongYmlPolicy
{
    private const string Fix = "Keep the upstream the apigateway layer renders: the Web Gateway's Service over https with tls_verify: true, verified against the CA kong.conf trusts; do not edit the rendered kong.yml.";

    /// <inheritdoc />
    public override string Id => "kong-upstream-tls-verified";

    /// <inheritdoc />
    public override string Description => "Every service of Kong's declarative config has protocol https (or an https url) and tls_verify: true; any ca_certificates it names are entities of the same config that carry a certificate (none named: nginx's trust store, see kong-upstream-trust-store).";

    /// <inheritdoc />
    public override string Rationale => "Without verification anyone on the path to the Web Gateway can present a certificate and read tokens, cookies and patient data; tls_verify unset means nginx's default, which verifies nothing, and a CA id that is not in the file leaves nothing to verify against.";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, KongYml yml)
    {
        var cas = yml.CaCertificateIds;
        foreach (var service in yml.Services)
        {
            // url is Kong's shorthand for protocol, host, port and path.
            var protocol = service.Text("protocol") ?? (service.Text("url") is { } url && url.Contains("://", StringComparison.Ordinal) ? url[..url.IndexOf("://", StringComparison.Ordinal)] : "http");
            if (protocol != "https")
            {
                yield return Violation(node, Property, $"service '{service.Label}' uses protocol {protocol}, so Kong talks to it without TLS.", Fix);
                continue;
            }

            if (service.Text("tls_verify") != "true")
            {
                yield return Violation(node, Property, $"service '{service.Label}' has tls_verify {service.Text("tls_verify") ?? "unset"}, so the upstream's certificate is not verified.", Fix);
            }

            foreach (var missing in service.List("ca_certificates").Where(r => !cas.Contains(r)))
            {
                yield return Violation(node, Property, $"service '{service.Label}' names the CA '{missing}', which is no ca_certificates entity with a certificate in the config.", Fix);
            }
        }
    }
}
