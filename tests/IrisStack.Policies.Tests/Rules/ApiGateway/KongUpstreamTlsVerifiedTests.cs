using IrisStack.Policies.Rules.ApiGateway;
using YamlDotNet.RepresentationModel;
using static IrisStack.Policies.Tests.Rules.ApiGateway.ApiGatewayFixture;

namespace IrisStack.Policies.Tests.Rules.ApiGateway;

public sealed class KongUpstreamTlsVerifiedTests
{
    private readonly KongUpstreamTlsVerified policy = new();

    private static YamlMappingNode Service(YamlMappingNode root) => Map(root, "services", 0);

    private string Message(Action<YamlMappingNode> edit) =>
        Fixtures.Outcomes.Single(policy.Evaluate(EditKongYml(edit), Context), SecretName, ApiGatewayResources.KongYmlProperty).Message;

    [Fact]
    public void TheWebGatewayOverVerifiedHttps_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Secret(), Context));

    [Fact]
    public void PlainHttp_IsFlagged() =>
        Assert.Contains("uses protocol http", Message(root => Set(Service(root), "protocol", "http")), StringComparison.Ordinal);

    [Fact]
    public void AnHttpUrlInPlaceOfProtocol_IsFlagged() =>
        Assert.Contains("uses protocol http", Message(root =>
        {
            Service(root).Children.Remove(new YamlScalarNode("protocol"));
            Set(Service(root), "url", "http://iris-webgateway.iris-web.svc.cluster.local:80");
        }), StringComparison.Ordinal);

    [Fact]
    public void TlsVerifyUnset_IsFlagged() =>
        Assert.Contains("tls_verify unset", Message(root => Service(root).Children.Remove(new YamlScalarNode("tls_verify"))), StringComparison.Ordinal);

    [Fact]
    public void ACaIdNotInTheConfig_IsFlagged() =>
        Assert.Contains("which is no ca_certificates entity", Message(root => Service(root).Add("ca_certificates", new YamlSequenceNode(new YamlScalarNode("0b9e3b4f-0000-4000-8000-000000000000")))), StringComparison.Ordinal);
}
