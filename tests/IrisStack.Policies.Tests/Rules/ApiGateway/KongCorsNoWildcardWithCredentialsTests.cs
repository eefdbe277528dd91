using IrisStack.Policies.Rules.ApiGateway;
using YamlDotNet.RepresentationModel;
using static IrisStack.Policies.Tests.Rules.ApiGateway.ApiGatewayFixture;

namespace IrisStack.Policies.Tests.Rules.ApiGateway;

public sealed class KongCorsNoWildcardWithCredentialsTests
{
    private readonly KongCorsNoWildcardWithCredentials policy = new();

    private static YamlMappingNode Cors(YamlMappingNode root) => Map(Plugin(root, "cors"), "config");

    private static Action<YamlMappingNode> Origins(params string[] origins) =>
        root => Cors(root).Children[new YamlScalarNode("origins")] = new YamlSequenceNode(origins.Select(o => new YamlScalarNode(o)));

    private PolicyOutcome Evaluate(Action<YamlMappingNode> edit) => policy.Evaluate(EditKongYml(edit), Context);

    [Fact]
    public void CredentialsForOneExactOrigin_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Secret(), Context));

    [Fact]
    public void CredentialsWithTheWildcard_IsFlagged() =>
        Assert.Contains("for the origin '*'", Fixtures.Outcomes.Single(Evaluate(Origins("*")), SecretName, ApiGatewayResources.KongYmlProperty).Message, StringComparison.Ordinal);

    [Fact]
    public void CredentialsWithNoOrigins_IsFlagged() =>
        Assert.Contains("no origins listed", Fixtures.Outcomes.Single(Evaluate(Origins()), SecretName, ApiGatewayResources.KongYmlProperty).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(".*")]
    [InlineData("https://.*")]
    [InlineData("^portal|.*")]
    public void CredentialsWithARegexThatAdmitsAnySite_IsFlagged(string origin) =>
        Assert.Single(Findings(Evaluate(Origins("https://portal.example.com", origin))));

    [Theory]
    [InlineData("https://[a-z]+\\.example\\.com")]
    [InlineData("portal\\.example\\.com")]
    public void CredentialsWithARegexBoundToTheDomain_IsCompliant(string origin) =>
        Assert.Equal(PolicyOutcome.Compliant, Evaluate(Origins(origin)));

    [Fact]
    public void TheWildcardWithoutCredentials_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, Evaluate(root =>
        {
            Origins("*")(root);
            Set(Cors(root), "credentials", "false");
        }));
}
