using System.Text.Json;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Policies.Reports;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Fixtures.NetworkFixture;

namespace IrisStack.Policies.Tests.Runner;

public sealed class PolicyRunnerTests
{
    private static readonly PolicyPack Pack = NetworkPack.Create();

    // Retention 30 < 365: one log-group-retention finding on the flow log group.
    private static ResourceGraph ShortRetention => With(FlowLogGroup, i => i.With("retentionInDays", 30));

    private static PolicyResult Result(PolicyReport report, string id) => report.Results.Single(r => r.Policy.Id == id);

    [Fact]
    public void CompliantNetwork_PassesEveryPolicy()
    {
        var report = PolicyRunner.Run(Pack, Graph(), Settings.Defaults);
        Assert.True(report.Passed);
        Assert.All(report.Results, r => Assert.Equal(PolicyStatus.Passed, r.Status));
        Assert.Equal(Pack.Policies.Select(p => p.Id), report.Results.Select(r => r.Policy.Id));
    }

    [Fact]
    public void DefaultLevel_Mandatory_FailsTheReport()
    {
        var report = PolicyRunner.Run(Pack, ShortRetention, Settings.Defaults);
        var result = Result(report, "log-group-retention");
        Assert.Equal(EnforcementLevel.Mandatory, result.Level);
        Assert.Equal(PolicyStatus.Violated, result.Status);
        var violation = Assert.Single(result.Violations);
        Assert.Equal(ShortRetention.UrnOf(FlowLogGroup), violation.Urn);
        Assert.Equal("aws:cloudwatch/logGroup:LogGroup", violation.ResourceType);
        Assert.Equal((1, 0, false), (report.MandatoryViolations, report.AdvisoryViolations, report.Passed));
    }

    [Fact]
    public void All_Advisory_TurnsFindingsIntoWarnings()
    {
        var report = PolicyRunner.Run(Pack, ShortRetention, Settings.From("""{"all": "advisory"}"""));
        Assert.All(report.Results, r => Assert.Equal(EnforcementLevel.Advisory, r.Level));
        Assert.Equal((0, 1, true), (report.MandatoryViolations, report.AdvisoryViolations, report.Passed));
    }

    [Fact]
    public void PerPolicyLevel_WinsOverAll()
    {
        var report = PolicyRunner.Run(Pack, ShortRetention, Settings.From("""{"all": "advisory", "levels": {"log-group-retention": "mandatory"}}"""));
        Assert.Equal(EnforcementLevel.Mandatory, Result(report, "log-group-retention").Level);
        Assert.Equal(EnforcementLevel.Advisory, Result(report, "vpc-flow-logs-enabled").Level);
        Assert.False(report.Passed);
    }

    [Fact]
    public void PerPolicyLevel_WinsOverDefault()
    {
        var report = PolicyRunner.Run(Pack, ShortRetention, Settings.From("""{"levels": {"log-group-retention": "advisory"}}"""));
        Assert.Equal(EnforcementLevel.Advisory, Result(report, "log-group-retention").Level);
        Assert.Equal(EnforcementLevel.Mandatory, Result(report, "vpc-flow-logs-enabled").Level);
        Assert.True(report.Passed);
    }

    [Fact]
    public void Disabled_IsNotEvaluated()
    {
        var report = PolicyRunner.Run(Pack, ShortRetention, Settings.From("""{"levels": {"log-group-retention": "disabled"}}"""));
        var result = Result(report, "log-group-retention");
        Assert.Equal(PolicyStatus.Disabled, result.Status);
        Assert.Empty(result.Violations);
        Assert.True(report.Passed);
    }

    [Fact]
    public void NotApplicable_WhenNothingOfItsKind()
    {
        var report = PolicyRunner.Run(Pack, Unrelated(), Settings.Defaults);
        Assert.All(report.Results, r => Assert.Equal(PolicyStatus.NotApplicable, r.Status));
        Assert.True(report.Passed);
    }

    [Theory]
    [InlineData(FlowLogGroup)]
    [InlineData("urn:pulumi:test::iris-stack::aws:cloudwatch/logGroup:LogGroup::flow-logs")]
    [InlineData("*")]
    public void Suppression_ByNameUrnOrStar_AcceptsTheFinding(string resource)
    {
        var settings = Settings.From($$"""{"suppressions": [{"policy": "log-group-retention", "resource": "{{resource}}", "reason": "archived to S3 (SEC-42)"}]}""");
        var report = PolicyRunner.Run(Pack, ShortRetention, settings);
        var result = Result(report, "log-group-retention");
        var violation = Assert.Single(result.Violations);
        Assert.True(violation.IsSuppressed);
        Assert.Equal("archived to S3 (SEC-42)", violation.SuppressedBy!.Reason);
        Assert.Equal(PolicyStatus.Passed, result.Status);
        Assert.Equal((0, true), (report.MandatoryViolations, report.Passed));
        Assert.Empty(report.UnmatchedSuppressions);
    }

    [Fact]
    public void Suppression_NamingNoResource_IsReportedAsUnmatched()
    {
        var settings = Settings.From("""{"suppressions": [{"policy": "log-group-retention", "resource": "flow-log", "reason": "archived to S3 (SEC-42)"}]}""");
        var report = PolicyRunner.Run(Pack, ShortRetention, settings);

        var unmatched = Assert.Single(report.UnmatchedSuppressions);
        Assert.Equal(("log-group-retention", "flow-log", "iris-stack:policies.suppressions[0]"), (unmatched.Policy, unmatched.Resource, unmatched.Key));
        Assert.False(Assert.Single(Result(report, "log-group-retention").Violations).IsSuppressed);

        var text = PolicyTextReport.Render(report);
        Assert.Contains("Unmatched suppressions", text, StringComparison.Ordinal);
        Assert.Contains("log-group-retention  (flow-log) at iris-stack:policies.suppressions[0]", text, StringComparison.Ordinal);
        var json = JsonDocument.Parse(PolicyReportRenderer.Render(ReportFormat.Json, report)).RootElement;
        Assert.Equal("flow-log", Assert.Single(json.GetProperty("unmatchedSuppressions").EnumerateArray()).GetProperty("resource").GetString());
    }

    [Fact]
    public void Suppression_MatchingAResource_IsNotListedAsUnmatched()
    {
        var report = PolicyRunner.Run(Pack, ShortRetention, Settings.From($$"""{"suppressions": [{"policy": "log-group-retention", "resource": "{{FlowLogGroup}}", "reason": "n/a"}]}"""));
        Assert.Empty(report.UnmatchedSuppressions);
        Assert.DoesNotContain("Unmatched", PolicyTextReport.Render(report), StringComparison.Ordinal);
    }

    [Fact]
    public void NotApplicable_WhenEveryNodeOfItsTypeIsNotItsConcern()
    {
        // Subnets exist, but none is private: the public-IP policy checked nothing, so it must not say passed.
        var report = PolicyRunner.Run(Pack, With(PrivateSubnet, i => i.Unset("tags")), Settings.Defaults);
        Assert.Equal(PolicyStatus.NotApplicable, Result(report, "private-subnet-no-public-ip").Status);
        Assert.Equal(PolicyStatus.Passed, Result(PolicyRunner.Run(Pack, Graph(), Settings.Defaults), "private-subnet-no-public-ip").Status);
    }

    [Fact]
    public void Suppression_OfAnotherResource_DoesNotApply()
    {
        var settings = Settings.From("""{"suppressions": [{"policy": "log-group-retention", "resource": "other-group", "reason": "n/a"}]}""");
        var result = Result(PolicyRunner.Run(Pack, ShortRetention, settings), "log-group-retention");
        Assert.False(Assert.Single(result.Violations).IsSuppressed);
        Assert.Equal(PolicyStatus.Violated, result.Status);
        Assert.Equal("other-group", Assert.Single(PolicyRunner.Run(Pack, ShortRetention, settings).UnmatchedSuppressions).Resource);
    }

    [Fact]
    public void Suppression_OfAnotherPolicy_DoesNotApply()
    {
        var settings = Settings.From("""{"suppressions": [{"policy": "log-group-encrypted-with-cmk", "resource": "*", "reason": "n/a"}]}""");
        Assert.False(PolicyRunner.Run(Pack, ShortRetention, settings).Passed);
    }

    [Fact]
    public void UnknownPolicyInLevels_NamesTheKeyAndSuggests()
    {
        var error = Assert.Single(Assert.Throws<ConfigException>(() =>
            PolicyRunner.Run(Pack, Graph(), Settings.From("""{"levels": {"vpc-flow-log-enabled": "advisory"}}"""))).Errors);
        Assert.Equal("iris-stack:policies.levels.vpc-flow-log-enabled", error.Key);
        Assert.Contains("did you mean 'vpc-flow-logs-enabled'?", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownPolicyInSuppressions_NamesTheKeyAndSuggests()
    {
        var error = Assert.Single(Assert.Throws<ConfigException>(() =>
            PolicyRunner.Run(Pack, Graph(), Settings.From("""{"suppressions": [{"policy": "kms-key-rotaton-enabled", "reason": "x"}]}"""))).Errors);
        Assert.Equal("iris-stack:policies.suppressions[0].policy", error.Key);
        Assert.Contains("did you mean 'kms-key-rotation-enabled'?", error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"suppressions": [{"policy": "log-group-retention"}]}""")]
    [InlineData("""{"suppressions": [{"policy": "log-group-retention", "reason": "  "}]}""")]
    public void SuppressionWithoutReason_IsAConfigError(string policies)
    {
        var error = Assert.Single(Assert.Throws<ConfigException>(() => Settings.From(policies)).Errors);
        Assert.Equal("iris-stack:policies.suppressions[0].reason", error.Key);
    }

    [Fact]
    public void InvalidLevel_IsAConfigError()
    {
        var error = Assert.Single(Assert.Throws<ConfigException>(() => Settings.From("""{"levels": {"log-group-retention": "warn"}}""")).Errors);
        Assert.Equal("iris-stack:policies.levels.log-group-retention", error.Key);
    }
}
