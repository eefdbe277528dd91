using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>kong.conf gives nginx a trust store for upstream TLS, the CA Kong verifies a service against when it names no ca_certificates.</summary>
public sealed class KongUpstreamTrustStore : KongConfPolicy
{
    /// <summary>The injected nginx directive (Kong's <c>nginx_proxy_</c> prefix) naming the trusted CA file.</summary>
    public const string Setting = "nginx_proxy_proxy_ssl_trusted_certificate";

    /// <inheritdoc />
    public override string Id => "kong-upstream-trust-store";

    /// <inheritdoc />
    public override string Description => $"kong.conf sets {Setting} to a CA file, nginx's trust store for the upstream TLS that Kong verifies (tls_verify) when a service names no ca_certificates.";

    /// <inheritdoc />
    public override string Rationale => "Kong's services respect nginx's default CA list when they name no CA; with no list at all a verifying handshake fails, and a list of the system's public CAs would accept any publicly issued certificate for the Web Gateway's name.";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, KongConf conf)
    {
        if (conf.Value(Setting) is not { Length: > 0 } path || path is "system")
        {
            yield return Violation(node, Property, $"kong.conf sets no {Setting} (or sets it to the system store), so Kong has no CA of the Web Gateway's to verify it against.",
                "Keep the kong.conf the apigateway layer renders: it points the setting at the Web Gateway's CA, mounted from the kong.conf ConfigMap's ca.pem.");
        }
    }
}
