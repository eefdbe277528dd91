using System.Collections.Immutable;
using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>
/// Load balancer listeners that terminate TLS use a TLS 1.2+ ELB security policy, and plain HTTP
/// listeners do nothing but redirect to HTTPS. TCP, UDP and Gateway Load Balancer listeners
/// terminate no TLS, so they are not this rule's.
/// </summary>
public sealed class LoadBalancerListenerTls12 : ResourcePolicy
{
    // The provider's sslPolicy when none is set (pulumi-aws Listener docs); it accepts TLS 1.0.
    private const string ProviderDefaultPolicy = "ELBSecurityPolicy-2016-08";

    // Protocols that pass traffic through without TLS at the load balancer.
    private static readonly ImmutableHashSet<string> Passthrough = ["TCP", "UDP", "TCP_UDP", "GENEVE"];

    /// <inheritdoc />
    public override string Id => "lb-listener-tls12";

    /// <inheritdoc />
    public override string Description => "Every HTTPS or TLS load balancer listener sets an ELB security policy whose minimum is TLS 1.2, and every HTTP listener's default actions only redirect to HTTPS.";

    /// <inheritdoc />
    public override string Rationale => "A listener without sslPolicy gets ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1 and CBC ciphers; an HTTP listener that forwards serves credentials and sessions in clear text.";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_2", "CKV_AWS_103", "CKV2_AWS_74"];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => ClusterTypes.Listeners;

    /// <inheritdoc />
    /// <remarks>
    /// With neither protocol nor port the listener is a Gateway Load Balancer's: every other kind
    /// needs a port (the CreateListener API requires one), and GENEVE carries no TLS to check.
    /// </remarks>
    protected override bool AppliesTo(ResourceNode node) => Protocol(node) switch
    {
        { } protocol => !Passthrough.Contains(protocol),
        null => node.Input("protocol") is not null || node.Input("port") is not null,
    };

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context) => Protocol(node) switch
    {
        "HTTPS" or "TLS" => CheckPolicy(node),
        "HTTP" => CheckRedirect(node, "The listener serves plain HTTP"),
        null when node.Input("protocol") is null => CheckRedirect(node, "protocol is unset, so the listener serves plain HTTP (the provider's default)"),
        var other => [Violation(node, "protocol",
            other is null ? "protocol is not known in this preview, so its TLS cannot be shown." : $"protocol '{other}' is not one this rule knows.",
            "Set protocol to HTTPS (or TLS) with a TLS 1.2+ sslPolicy, or to HTTP with a redirect to HTTPS.")],
    };

    private static IEnumerable<Finding> CheckPolicy(ResourceNode node)
    {
        var fix = $"Set sslPolicy to a TLS 1.2+ policy such as {ElbSecurityPolicies.Recommended}.";
        switch (node.Input("sslPolicy"))
        {
            case null:
                yield return Violation(node, "sslPolicy", $"sslPolicy is unset, so the listener gets {ProviderDefaultPolicy}, which accepts TLS 1.0.", fix);
                break;
            case StringValue { Value: var policy } when !ElbSecurityPolicies.IsTls12OrNewer(policy):
                yield return Violation(node, "sslPolicy", $"sslPolicy '{policy}' allows TLS below 1.2.", fix);
                break;
            case not StringValue:
                yield return Violation(node, "sslPolicy", "sslPolicy is not known in this preview, so its minimum TLS version cannot be shown.", fix);
                break;
        }
    }

    private static IEnumerable<Finding> CheckRedirect(ResourceNode node, string serves)
    {
        const string Fix = "Make its only default action { type: \"redirect\", redirect: { protocol: \"HTTPS\", port: \"443\", statusCode: \"HTTP_301\" } }.";
        var actions = (node.Input("defaultActions") as ListValue)?.Items.Items ?? [];
        if (actions.IsEmpty)
        {
            yield return Violation(node, "defaultActions", $"{serves} and has no default action that redirects to HTTPS.", Fix);
            yield break;
        }

        for (var i = 0; i < actions.Length; i++)
        {
            var action = actions[i] as MapValue;
            if (action?["type"] is not StringValue { Value: "redirect" })
            {
                yield return Violation(node, $"defaultActions[{i}].type", $"{serves} and this default action does not redirect to HTTPS.", Fix);
            }
            else if (action["redirect"] is not MapValue redirect || redirect["protocol"] is not StringValue { Value: "HTTPS" })
            {
                // The redirect's protocol defaults to #{protocol}, which keeps HTTP.
                yield return Violation(node, $"defaultActions[{i}].redirect.protocol", $"{serves} and this redirect does not go to HTTPS.", Fix);
            }
        }
    }

    // The listener's protocol in upper case (the provider accepts any case), or null when unset or unknown.
    private static string? Protocol(ResourceNode node) =>
        (node.Input("protocol") as StringValue)?.Value.ToUpperInvariant();
}
