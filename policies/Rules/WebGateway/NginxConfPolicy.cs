using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.WebGateway;

/// <summary>
/// A policy on the Web Gateway's rendered nginx.conf: it reads the text in the web-gateway
/// ConfigMap's <c>data["nginx.conf"]</c>, the bytes nginx will run, and checks them as nginx parses them.
/// It applies to every ConfigMap labelled with the web-gateway tier; one whose nginx.conf is missing
/// or unreadable is a finding, never compliant, since nothing could be checked.
/// </summary>
public abstract class NginxConfPolicy : ResourcePolicy
{
    /// <summary>The property path of the configuration text, for findings.</summary>
    protected static string Property { get; } = PropertyPath.Of("data", WebGatewayResources.NginxConfKey);

    /// <inheritdoc />
    public override string Layer => "webgateway";

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [WebGatewayResources.ConfigMapType];

    /// <inheritdoc />
    protected sealed override bool AppliesTo(ResourceNode node) => WebGatewayResources.IsWebGateway(node);

    /// <inheritdoc />
    protected sealed override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (WebGatewayResources.NginxConf(node) is null)
        {
            return [Violation(node, Property, $"The web-gateway ConfigMap has no readable {Property} (missing, not a string, or not known at preview), so none of its rules can be checked.", $"Put the rendered configuration in the ConfigMap's data under the key '{WebGatewayResources.NginxConfKey}' as a plain string (the webgateway layer does), or remove the {Components.Cluster.TierLabels.Key} label from a ConfigMap that is not the gateway's.")];
        }

        return WebGatewayResources.ParsedNginxConf(node) is { } root
            ? Check(node, root)
            : [Violation(node, Property, "The Web Gateway's nginx.conf cannot be parsed (unbalanced braces or an unterminated quote).", "Rebuild it from the stack's iris-stack:webGateway settings instead of editing the rendered text, and check any value given there for unbalanced quotes or braces.")];
    }

    /// <summary>Checks the parsed configuration.</summary>
    protected abstract IEnumerable<Finding> Check(ResourceNode node, NginxDirective root);
}
