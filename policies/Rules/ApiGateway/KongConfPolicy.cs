using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>
/// A policy on kong.conf: it reads the api-gateway ConfigMap's <c>data["kong.conf"]</c> and checks
/// the settings as Kong reads them, with Kong's defaults for what the file leaves out. It applies to
/// every ConfigMap of the tier that holds kong.conf; one whose kong.conf is not text at preview is
/// a finding, never compliant.
/// </summary>
public abstract class KongConfPolicy : ResourcePolicy
{
    /// <summary>The property path of kong.conf, for findings.</summary>
    protected static string Property => ApiGatewayResources.KongConfProperty;

    /// <inheritdoc />
    public override string Layer => "apigateway";

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [ApiGatewayResources.ConfigMapType];

    /// <inheritdoc />
    protected sealed override bool AppliesTo(ResourceNode node) => ApiGatewayResources.HoldsKongConf(node);

    /// <inheritdoc />
    protected sealed override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context) =>
        ApiGatewayResources.ParsedKongConf(node) is { } conf
            ? Check(node, conf)
            : [Violation(node, Property, $"The api-gateway ConfigMap's {Property} is not text (not a string, or not known at preview), so kong.conf cannot be checked.", $"Put the rendered kong.conf in the ConfigMap's data under '{ApiGatewayResources.KongConfKey}' as a string (the apigateway layer does).")];

    /// <summary>Checks the parsed kong.conf.</summary>
    protected abstract IEnumerable<Finding> Check(ResourceNode node, KongConf conf);
}
