using IrisStack.Policies.Rules.ApiGateway;
using YamlDotNet.RepresentationModel;
using static IrisStack.Policies.Tests.Rules.ApiGateway.ApiGatewayFixture;

namespace IrisStack.Policies.Tests.Rules.ApiGateway;

public sealed class KongRoutesAuthenticatedTests
{
    private readonly KongRoutesAuthenticated policy = new();

    [Fact]
    public void RenderedConfig_WithAPublicRouteAndItsReason_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Secret(), Context));

    [Fact]
    public void ARouteThatLostItsAuthentication_IsFlagged()
    {
        var outcome = policy.Evaluate(EditKongYml(root => RemovePlugin(Route(root, "route-app"), "openid-connect")), Context);

        var finding = Fixtures.Outcomes.Single(outcome, SecretName, ApiGatewayResources.KongYmlProperty);
        Assert.Contains("route 'route-app' (/app/) is not authenticated", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APublicRouteWithoutItsTag_IsFlagged()
    {
        var outcome = policy.Evaluate(EditKongYml(root => Route(root, "route-csp-broker-cspxmlhttp-js").Children.Remove(new YamlScalarNode("tags"))), Context);

        Assert.Contains("route 'route-csp-broker-cspxmlhttp-js'", Fixtures.Outcomes.Single(outcome, SecretName, ApiGatewayResources.KongYmlProperty).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APublicTagWithoutAReason_DoesNotMakeARoutePublic()
    {
        var outcome = policy.Evaluate(EditKongYml(root => Route(root, "route-csp-broker-cspxmlhttp-js").Children[new YamlScalarNode("tags")] = new YamlSequenceNode(new YamlScalarNode("public: "))), Context);

        Assert.Single(Findings(outcome));
    }

    [Fact]
    public void AnAnonymousFallback_IsFlagged()
    {
        var outcome = policy.Evaluate(EditKongYml(root => Set(Map(Plugin(Route(root, "route-api-app"), "openid-connect"), "config"), "anonymous", "guest")), Context);

        Assert.Contains("anonymous 'guest'", Fixtures.Outcomes.Single(outcome, SecretName, ApiGatewayResources.KongYmlProperty).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AGlobalAuthenticationPlugin_CoversEveryRoute()
    {
        var global = EditKongYml(root =>
        {
            var oidc = Plugin(Route(root, "route-app"), "openid-connect");
            foreach (var route in Routes(root).Children.Cast<YamlMappingNode>().Where(r => Plugins(r).Children.Cast<YamlMappingNode>().Any(p => ((YamlScalarNode)p.Children[new YamlScalarNode("name")]).Value == "openid-connect")))
            {
                RemovePlugin(route, "openid-connect");
            }

            Plugins(root).Children.Add(oidc);
        });

        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(global, Context));
    }
}
