using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>
/// A policy on Kong's declarative config: it reads the masked text of the api-gateway Secret's
/// <c>stringData["kong.yml"]</c>, the file DB-less Kong loads, and checks it as Kong reads it. It
/// applies to every Secret of the tier that holds kong.yml; one whose kong.yml is not text at
/// preview or not a YAML mapping is a finding, never compliant, since nothing could be checked.
/// </summary>
public abstract class KongYmlPolicy : ResourcePolicy
{
    /// <summary>The property path of the declarative config, for findings.</summary>
    protected static string Property => ApiGatewayResources.KongYmlProperty;

    /// <inheritdoc />
    public override string Layer => "apigateway";

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [ApiGatewayResources.SecretType];

    /// <inheritdoc />
    protected sealed override bool AppliesTo(ResourceNode node) => ApiGatewayResources.HoldsKongYml(node);

    /// <inheritdoc />
    protected sealed override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (ApiGatewayResources.KongYmlText(node) is null)
        {
            return [Violation(node, Property, $"The api-gateway Secret has no readable {Property} (under data, not a string, or not known at preview), so none of Kong's rules can be checked.", $"Put the rendered declarative config in the Secret's stringData under '{ApiGatewayResources.KongYmlKey}' (the apigateway layer does).")];
        }

        return ApiGatewayResources.ParsedKongYml(node) is { } yml
            ? Check(node, yml)
            : [Violation(node, Property, "Kong's declarative config is not one YAML mapping, so Kong would not load it.", "Rebuild it from the stack's iris-stack:apiGateway settings instead of editing the rendered text.")];
    }

    /// <summary>Checks the parsed declarative config.</summary>
    protected abstract IEnumerable<Finding> Check(ResourceNode node, KongYml yml);
}
