using System.Text.Json;
using IrisStack.Policies.Reports;
using IrisStack.Policies.Tests.Fixtures;

namespace IrisStack.Policies.Tests.Reports;

public sealed class PolicyReportJsonTests
{
    private static JsonElement Render() => JsonDocument.Parse(PolicyReportRenderer.Render(ReportFormat.Json, ReportFixture.Report())).RootElement;

    private static JsonElement ResultOf(JsonElement root, string id) =>
        root.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("policy").GetString() == id);

    [Fact]
    public void Json_HasTheSummaryFields()
    {
        var root = Render();
        Assert.False(root.GetProperty("passed").GetBoolean());
        Assert.Equal(1, root.GetProperty("mandatoryViolations").GetInt32());
        Assert.Equal(1, root.GetProperty("advisoryViolations").GetInt32());
        Assert.Equal(NetworkPack.Ids, root.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("policy").GetString()));
    }

    [Theory]
    [InlineData("vpc-flow-logs-enabled", "mandatory", "passed")]
    [InlineData("default-security-group-no-rules", "disabled", "disabled")]
    [InlineData("kms-key-rotation-enabled", "advisory", "violated")]
    [InlineData("log-group-encrypted-with-cmk", "mandatory", "passed")]
    [InlineData("log-group-retention", "mandatory", "violated")]
    [InlineData("private-subnet-egress-through-nat", "mandatory", "notapplicable")]
    public void Json_ResultHasLevelAndStatus(string policy, string level, string status)
    {
        var result = ResultOf(Render(), policy);
        Assert.Equal(level, result.GetProperty("level").GetString());
        Assert.Equal(status, result.GetProperty("status").GetString());
    }

    [Fact]
    public void Json_ViolationHasUrnMessageFix()
    {
        var violation = Assert.Single(ResultOf(Render(), "log-group-retention").GetProperty("violations").EnumerateArray());
        Assert.Equal(ReportFixture.LogGroupUrn, violation.GetProperty("urn").GetString());
        Assert.Equal("aws:cloudwatch/logGroup:LogGroup", violation.GetProperty("resourceType").GetString());
        Assert.Equal("retentionInDays", violation.GetProperty("property").GetString());
        Assert.Contains("30 days", violation.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Set retentionInDays", violation.GetProperty("fix").GetString(), StringComparison.Ordinal);
        Assert.False(violation.TryGetProperty("suppressedBecause", out _));
    }

    [Fact]
    public void Json_SuppressedViolationCarriesTheReason()
    {
        var violation = Assert.Single(ResultOf(Render(), "log-group-encrypted-with-cmk").GetProperty("violations").EnumerateArray());
        Assert.Equal(ReportFixture.SuppressionReason, violation.GetProperty("suppressedBecause").GetString());
    }
}
