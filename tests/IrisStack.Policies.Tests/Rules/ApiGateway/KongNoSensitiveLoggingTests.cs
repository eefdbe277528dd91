using IrisStack.Policies.Rules.ApiGateway;
using YamlDotNet.RepresentationModel;
using static IrisStack.Policies.Tests.Rules.ApiGateway.ApiGatewayFixture;

namespace IrisStack.Policies.Tests.Rules.ApiGateway;

public sealed class KongNoSensitiveLoggingTests
{
    private readonly KongNoSensitiveLogging policy = new();

    private static YamlMappingNode Fields(YamlMappingNode root) => Map(Plugin(root, "file-log"), "config", "custom_fields_by_lua");

    [Fact]
    public void TheRenderedAccessLog_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Secret(), Context));

    [Fact]
    public void KeepingTheQueryString_IsFlagged()
    {
        var finding = Fixtures.Outcomes.Single(policy.Evaluate(EditKongYml(root => Fields(root).Children.Remove(new YamlScalarNode("request.querystring"))), Context), SecretName, ApiGatewayResources.KongYmlProperty);

        Assert.Contains("file-log at plugins[", finding.Message, StringComparison.Ordinal);
        Assert.Contains("logs request.querystring:", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFieldSetToSomethingElseThanNil_IsFlagged() =>
        Assert.Contains("logs request.headers.cookie", Fixtures.Outcomes.Single(policy.Evaluate(EditKongYml(root => Set(Fields(root), "request.headers.cookie", "return kong.request.get_header('cookie')")), Context), SecretName, ApiGatewayResources.KongYmlProperty).Message, StringComparison.Ordinal);

    [Fact]
    public void AnAddedHttpLogWithoutRedaction_IsFlaggedForEveryField()
    {
        var added = EditKongYml(root => Plugins(root).Children.Add(new YamlMappingNode(
            new YamlScalarNode("name"), new YamlScalarNode("http-log"),
            new YamlScalarNode("config"), new YamlMappingNode(new YamlScalarNode("http_endpoint"), new YamlScalarNode("https://audit.example.com/kong")))));

        var finding = Assert.Single(Findings(policy.Evaluate(added, Context)));
        Assert.All(KongNoSensitiveLogging.SensitiveFields, f => Assert.Contains(f, finding.Message, StringComparison.Ordinal));
    }
}
