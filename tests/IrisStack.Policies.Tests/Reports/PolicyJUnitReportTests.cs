using System.Xml.Linq;
using IrisStack.Policies.Reports;
using IrisStack.Policies.Tests.Fixtures;
using Snapshooter.Xunit;

namespace IrisStack.Policies.Tests.Reports;

public sealed class PolicyJUnitReportTests
{
    private static string Text() => PolicyReportRenderer.Render(ReportFormat.Junit, ReportFixture.Report());

    private static XDocument Document() => XDocument.Parse(Text());

    private static XElement Case(string policy) => Document().Descendants("testcase").Single(c => (string?)c.Attribute("name") == policy);

    [Fact]
    public void JUnit_CountsTestsFailuresAndSkips()
    {
        var root = Document().Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal(("8", "1", "3", "0"), ((string?)root.Attribute("tests"), (string?)root.Attribute("failures"), (string?)root.Attribute("skipped"), (string?)root.Attribute("errors")));
        var suite = Assert.Single(root.Elements("testsuite"));
        Assert.Equal("network", (string?)suite.Attribute("name"));
        Assert.Equal(("8", "1", "3"), ((string?)suite.Attribute("tests"), (string?)suite.Attribute("failures"), (string?)suite.Attribute("skipped")));
        Assert.Equal(8, suite.Elements("testcase").Count());
        Assert.Single(root.Descendants("failure"));
        Assert.Equal(3, root.Descendants("skipped").Count());
    }

    [Fact]
    public void JUnit_TestCaseIsLayerAndPolicy()
    {
        var cases = Document().Descendants("testcase").ToList();
        Assert.All(cases, c => Assert.Equal("network", (string?)c.Attribute("classname")));
        Assert.Equal(NetworkPack.Ids, cases.Select(c => (string?)c.Attribute("name")));
    }

    [Fact]
    public void JUnit_MandatoryViolation_IsAFailureWithUrnMessageAndFix()
    {
        var failure = Assert.Single(Case("log-group-retention").Elements("failure"));
        Assert.Equal("mandatory", (string?)failure.Attribute("type"));
        Assert.Contains(ReportFixture.LogGroupUrn, failure.Value, StringComparison.Ordinal);
        Assert.Contains("Retention is 30 days; the stack requires at least 365.", failure.Value, StringComparison.Ordinal);
        Assert.Contains("Fix: Set retentionInDays", failure.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void JUnit_AdvisoryViolation_PassesWithTheFindingInSystemOut()
    {
        var testCase = Case("kms-key-rotation-enabled");
        Assert.Empty(testCase.Elements("failure"));
        Assert.Empty(testCase.Elements("skipped"));
        var output = Assert.Single(testCase.Elements("system-out")).Value;
        Assert.Contains("advisory finding", output, StringComparison.Ordinal);
        Assert.Contains("Fix: Set enableKeyRotation: true.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void JUnit_SuppressedViolation_PassesWithTheReason()
    {
        var testCase = Case("log-group-encrypted-with-cmk");
        Assert.Empty(testCase.Elements("failure"));
        Assert.Contains(ReportFixture.SuppressionReason, Assert.Single(testCase.Elements("system-out")).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void JUnit_Disabled_IsSkipped() =>
        Assert.Equal("disabled on stack test", (string?)Assert.Single(Case("default-security-group-no-rules").Elements("skipped")).Attribute("message"));

    [Fact]
    public void JUnit_NotApplicable_IsSkippedWithTheReason() =>
        Assert.Equal(PolicyJUnitReport.NotApplicableMessage, (string?)Assert.Single(Case("private-subnet-egress-through-nat").Elements("skipped")).Attribute("message"));

    [Fact]
    public void JUnit_Passing_IsAnEmptyTestCase() =>
        Assert.Empty(Case("vpc-flow-logs-enabled").Elements());

    [Fact]
    public void JUnit_HasNoTimestampsOrDurations()
    {
        var attributes = Document().Descendants().SelectMany(e => e.Attributes()).Select(a => a.Name.LocalName).ToHashSet();
        Assert.DoesNotContain("timestamp", attributes);
        Assert.DoesNotContain("time", attributes);
        Assert.Equal(Text(), Text());
    }

    [Fact]
    public void JUnit_Snapshot()
    {
        var text = Text();
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text, StringComparison.Ordinal);
        Snapshot.Match(text);
    }
}
