using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.ApiGateway;
using static IrisStack.Policies.Tests.Rules.ApiGateway.ApiGatewayFixture;

namespace IrisStack.Policies.Tests.Rules.ApiGateway;

/// <summary>The apigateway policies together on the real rendered files, and the file readers' findings the kong.yml and kong.conf rules share.</summary>
public sealed class ApiGatewayPackTests
{
    public static TheoryData<ResourcePolicy> KongYmlPolicies => new()
    {
        new KongRoutesRateLimited(), new KongRoutesAuthenticated(), new KongSessionCookieFlags(), new KongUpstreamTlsVerified(),
        new KongCorsNoWildcardWithCredentials(), new KongNoSensitiveLogging(), new KongRequestValidatorPatternsValid(),
    };

    public static TheoryData<ResourcePolicy> KongConfPolicies => new() { new KongTrustedIpsNotWorld(), new KongRealClientIp(), new KongProxyTlsOnly() };

    [Fact]
    public void RenderedFilesAndRedis_PassEveryApiGatewayPolicy_OnAnHaStack()
    {
        var pack = new PolicyPack(PolicyPack.Default().Policies.Where(p => p.Layer == "apigateway"));
        var settings = Fixtures.Settings.Defaults with { RequireProtection = true };

        var report = PolicyRunner.Run(pack, Graph(), settings);

        Assert.Equal(17, report.Results.Length);
        Assert.All(report.Results, r => Assert.True(r.Status == PolicyStatus.Passed, $"{r.Policy.Id}: {string.Join(" | ", r.Violations.Select(v => v.Message))}"));
    }

    [Theory]
    [MemberData(nameof(KongYmlPolicies))]
    public void KongYmlUnderData_IsAFinding(ResourcePolicy policy)
    {
        var secret = Secret();
        var moved = secret.With("stringData", null).With("data", MapValue.Of((ApiGatewayResources.KongYmlKey, "X2Zvcm1hdF92ZXJzaW9u")));

        Assert.Contains("no readable stringData[\"kong.yml\"]", Assert.Single(Findings(policy.Evaluate(moved, Context))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(KongYmlPolicies))]
    public void KongYmlUnknownAtPreview_IsAFinding(ResourcePolicy policy)
    {
        var unknown = Secret().With("stringData", MapValue.Of((ApiGatewayResources.KongYmlKey, new OutputReference("renderer", "text"))));

        Assert.Contains("no readable", Assert.Single(Findings(policy.Evaluate(unknown, Context))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(KongYmlPolicies))]
    public void KongYmlNotAMapping_IsAFinding(ResourcePolicy policy)
    {
        var broken = Secret().With("stringData", MapValue.Of((ApiGatewayResources.KongYmlKey, "services: [unclosed")));

        Assert.Contains("not one YAML mapping", Assert.Single(Findings(policy.Evaluate(broken, Context))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(KongYmlPolicies))]
    public void OtherSecretsOfTheTier_AndOtherTypes_NotApplicable(ResourcePolicy policy)
    {
        var tls = Secret().With("stringData", MapValue.Of(("tls.crt", "pem"), ("tls.key", new SecretValue(new StringValue("key")))));
        var otherTier = Secret().With("metadata.labels", MapValue.Empty);

        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(tls, Context));
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(otherTier, Context));
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(ConfigMap(), Context));
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Redis(), Context));
    }

    [Theory]
    [MemberData(nameof(KongConfPolicies))]
    public void KongConfUnknownAtPreview_IsAFinding(ResourcePolicy policy)
    {
        var unknown = ConfigMap().With("data", MapValue.Of((ApiGatewayResources.KongConfKey, new OutputReference("renderer", "text"))));

        Assert.Contains("is not text", Assert.Single(Findings(policy.Evaluate(unknown, Context))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(KongConfPolicies))]
    public void OtherConfigMaps_AndOtherTypes_NotApplicable(ResourcePolicy policy)
    {
        var caBundle = ConfigMap().With("data", MapValue.Of(("ca.pem", "pem")));

        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(caBundle, Context));
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(ConfigMap().With("metadata.labels", MapValue.Empty), Context));
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Secret(), Context));
    }

    [Fact]
    public void SecretsStayMasked_PoliciesReadTheMaskedText()
    {
        var text = KongYml(Secret());

        Assert.Contains("password: \"[secret]\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("redis-token-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("session-secret-0123456789abcdef", text, StringComparison.Ordinal);
    }
}
