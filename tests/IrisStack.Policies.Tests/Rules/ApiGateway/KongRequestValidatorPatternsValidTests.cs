using IrisStack.Policies.Rules.ApiGateway;
using YamlDotNet.RepresentationModel;
using static IrisStack.Policies.Tests.Rules.ApiGateway.ApiGatewayFixture;

namespace IrisStack.Policies.Tests.Rules.ApiGateway;

public sealed class KongRequestValidatorPatternsValidTests
{
    private readonly KongRequestValidatorPatternsValid policy = new();

    private static Action<YamlMappingNode> Schema(string json, string version = "kong") => root =>
    {
        var config = Map(Plugin(Route(root, "route-csp-broker-cspbroker-js-post"), "request-validator"), "config");
        Set(config, "body_schema", json);
        Set(config, "version", version);
    };

    private string Message(string json) =>
        Fixtures.Outcomes.Single(policy.Evaluate(EditKongYml(Schema(json)), Context), SecretName, ApiGatewayResources.KongYmlProperty).Message;

    [Fact]
    public void TheRenderedBrokerSchema_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Secret(), Context));

    [Fact]
    public void APatternLuaCannotCompile_IsFlagged() =>
        Assert.Contains("body_schema.EventType.match '^[%w$_+$' is not a valid Lua pattern: malformed pattern (missing ']')",
            Message("""[{"EventType":{"type":"string","match":"^[%w$_+$"}}]"""), StringComparison.Ordinal);

    [Fact]
    public void TheSeedsRegexQuantifier_IsFlagged() =>
        Assert.Contains("compiles but does not mean what it says: '{100}' is not a quantifier",
            Message("""[{"EventType":{"type":"string","match":"^[a-zA-Z0-9$_]{100}$"}}]"""), StringComparison.Ordinal);

    [Fact]
    public void BetweenOnAString_IsFlagged() =>
        Assert.Contains("body_schema.RequestParam has between on a field of type string",
            Message("""[{"RequestParam":{"type":"string","between":[1,10]}}]"""), StringComparison.Ordinal);

    [Fact]
    public void BetweenNotTwoIntegers_IsFlagged() =>
        Assert.Contains("between is not two integers", Message("""[{"RequestParam":{"type":"integer","between":[1.5,10]}}]"""), StringComparison.Ordinal);

    [Fact]
    public void PatternsInNestedFieldsAndRuleLists_AreChecked()
    {
        var findings = Findings(policy.Evaluate(EditKongYml(Schema("""
            [{"event":{"type":"record","fields":[{"name":{"type":"string","not_match":"(%a"}}]}},
             {"tags":{"type":"array","elements":{"type":"string","match_all":[{"pattern":"%","err":"x"}]}}},
             {"kind":{"type":"string","match_any":{"patterns":["^ok$","[z"],"err":"x"}}}]
            """)), Context));

        Assert.Equal(3, findings.Count);
        Assert.Contains(findings, f => f.Message.Contains("body_schema.event.fields.name.not_match", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("body_schema.tags.elements.match_all[0].pattern", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("body_schema.kind.match_any.patterns[1]", StringComparison.Ordinal));
    }

    [Fact]
    public void ABodySchemaThatIsNotJson_IsFlagged() =>
        Assert.Contains("body_schema is not JSON", Message("[{"), StringComparison.Ordinal);

    [Fact]
    public void Draft4Schemas_AreNotLuaPatterns_AndLeftAlone() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(EditKongYml(Schema("""{"type":"object","properties":{"id":{"type":"string","pattern":"^\\d{3}$"}}}""", "draft4")), Context));
}
