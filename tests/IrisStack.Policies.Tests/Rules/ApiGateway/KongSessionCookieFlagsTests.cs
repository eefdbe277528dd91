using IrisStack.Policies.Rules.ApiGateway;
using YamlDotNet.RepresentationModel;
using static IrisStack.Policies.Tests.Rules.ApiGateway.ApiGatewayFixture;

namespace IrisStack.Policies.Tests.Rules.ApiGateway;

public sealed class KongSessionCookieFlagsTests
{
    private readonly KongSessionCookieFlags policy = new();

    private static YamlMappingNode Session(YamlMappingNode root) => Map(Plugin(Route(root, "route-app"), "session"), "config");

    private static string Message(Action<YamlMappingNode> edit) =>
        Fixtures.Outcomes.Single(new KongSessionCookieFlags().Evaluate(EditKongYml(edit), Context), SecretName, ApiGatewayResources.KongYmlProperty).Message;

    [Fact]
    public void RenderedConfig_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Secret(), Context));

    [Fact]
    public void CookieWithoutSecure_IsFlagged() =>
        Assert.Contains("not Secure", Message(root => Set(Session(root), "cookie_secure", "false")), StringComparison.Ordinal);

    [Fact]
    public void CookieNotHttpOnly_UnderThePre32Name_IsFlagged() =>
        Assert.Contains("not HttpOnly", Message(root =>
        {
            Session(root).Children.Remove(new YamlScalarNode("cookie_http_only"));
            Set(Session(root), "cookie_httponly", "false");
        }), StringComparison.Ordinal);

    [Fact]
    public void SameSiteLax_IsFlagged() =>
        Assert.Contains("SameSite is Lax, not Strict", Message(root => Set(Session(root), "cookie_same_site", "Lax")), StringComparison.Ordinal);

    [Fact]
    public void ZeroIdlingTimeout_IsFlagged() =>
        Assert.Contains("idling_timeout is 0", Message(root => Set(Session(root), "idling_timeout", "0")), StringComparison.Ordinal);

    [Fact]
    public void UnsetFlagsAndTimeouts_TakeKongsSecureDefaults()
    {
        var defaults = EditKongYml(root =>
        {
            foreach (var key in new[] { "cookie_secure", "cookie_http_only", "cookie_same_site", "idling_timeout", "rolling_timeout", "absolute_timeout" })
            {
                Session(root).Children.Remove(new YamlScalarNode(key));
            }
        });

        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(defaults, Context));
    }

    [Fact]
    public void OpenIdConnectKeepingSessions_WithoutSecureCookies_IsFlagged()
    {
        var outcome = policy.Evaluate(EditKongYml(root => Map(Plugin(Route(root, "route-api-app"), "openid-connect"), "config").Children.Remove(new YamlScalarNode("auth_methods"))), Context);

        var message = Fixtures.Outcomes.Single(outcome, SecretName, ApiGatewayResources.KongYmlProperty).Message;
        Assert.Contains("keeps sessions", message, StringComparison.Ordinal);
        Assert.Contains("not Secure (cookie secure is unset)", message, StringComparison.Ordinal);
        Assert.Contains("SameSite is Lax", message, StringComparison.Ordinal);
    }
}
