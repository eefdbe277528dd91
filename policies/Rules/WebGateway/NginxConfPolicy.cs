using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.WebGateway;

/// <summary>
/// A policy on the Web Gateway's rendered nginx.conf: it reads the text in the web-gateway
/// ConfigMap's <c>data.nginx.conf</c>, the bytes nginx will run, and checks them as nginx parses them.
/// </summary>
public abstract class NginxConfPolicy : ResourcePolicy
{
    /// <summary>The property path of the configuration text, for findings.</summary>
    protected const string Property = "data.nginx.conf";

    /// <inheritdoc />
    public override string Layer => "webgateway";

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [WebGatewayResources.ConfigMapType];

    /// <inheritdoc />
    protected sealed override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (WebGatewayResources.NginxConf(node) is null)
        {
            return [];
        }

        return WebGatewayResources.ParsedNginxConf(node) is { } root
            ? Check(node, root)
            : [Violation(node, Property, "The Web Gateway's nginx.conf cannot be parsed (unbalanced braces).", "Render nginx.conf with IrisStack's NginxConfigRenderer.")];
    }

    /// <summary>Checks the parsed configuration.</summary>
    protected abstract IEnumerable<Finding> Check(ResourceNode node, NginxDirective root);
}
