using System.Xml.Linq;
using IrisStack.Components.Graph;
using IrisStack.Policies.Reports;
using IrisStack.Policies.Tests.Fixtures;
using Snapshooter.Xunit;

namespace IrisStack.Policies.Tests.Reports;

public sealed class PolicyJUnitReportTests
{
    private static string Text() => PolicyReportRenderer.Render(ReportFormat.Junit, ReportFixture.Report());

    private static XDocument Document() => XDocument.Parse(Text());

    private static XElement Case(string policy) => Document().Descendants("testcase").Single(c => (string?)c.Attribute("name") == policy);

    // The fixture's two policies that found nothing to check.
    private static readonly string[] NotApplicable = ["private-subnet-no-public-ip", "private-subnet-egress-through-nat"];

    [Fact]
    public void JUnit_CountsTestsFailuresAndSkips_NotApplicableIsNoTest()
    {
        var root = Document().Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal(("6", "1", "0"), ((string?)root.Attribute("tests"), (string?)root.Attribute("failures"), (string?)root.Attribute("errors")));
        Assert.Null(root.Attribute("skipped"));
        var suite = root.Elements("testsuite").First();
        Assert.Equal("network", (string?)suite.Attribute("name"));
        Assert.Equal(("6", "1", "1"), ((string?)suite.Attribute("tests"), (string?)suite.Attribute("failures"), (string?)suite.Attribute("skipped")));
        Assert.Equal(6, suite.Elements("testcase").Count());
        Assert.Single(root.Descendants("failure"));
        Assert.Single(root.Descendants("skipped"));
    }

    [Fact]
    public void JUnit_TestCaseIsLayerAndPolicy()
    {
        var cases = Document().Descendants("testcase").ToList();
        Assert.All(cases, c => Assert.Equal("network", (string?)c.Attribute("classname")));
        Assert.Equal(NetworkPack.Ids.Except(NotApplicable), cases.Select(c => (string?)c.Attribute("name")));
    }

    [Fact]
    public void JUnit_NotApplicable_IsListedAsASuiteProperty_NotASkippedTest()
    {
        var suite = Document().Root!.Elements("testsuite").First();
        Assert.Equal(string.Join(", ", NotApplicable), (string?)suite.Descendants("property").Single(p => (string?)p.Attribute("name") == "not-applicable").Attribute("value"));
        Assert.DoesNotContain(Document().Descendants("testcase"), c => NotApplicable.Contains((string?)c.Attribute("name")));
    }

    [Fact]
    public void JUnit_NothingApplies_HasNoTests_AndSaysWhatWasNotCovered()
    {
        // A stack of one bucket: no network policy applies, so no test ran; the bucket is not covered.
        var builder = new GraphBuilder("p", "s");
        builder.Resource("aws:s3/bucket:Bucket", "bucket", MapValue.Empty);
        var report = PolicyRunner.Run(NetworkPack.Create(), builder.Build(), Settings.Defaults);
        var root = XDocument.Parse(PolicyJUnitReport.Render(report)).Root!;

        Assert.Equal("0", (string?)root.Attribute("tests"));
        Assert.Empty(root.Descendants("testcase"));
        var notCovered = root.Elements("testsuite").Single(s => (string?)s.Attribute("name") == PolicyJUnitReport.NotCoveredSuite);
        Assert.Equal("1", (string?)notCovered.Descendants("property").Single(p => (string?)p.Attribute("name") == "aws:s3/bucket:Bucket").Attribute("value"));
        Assert.Contains("aws:s3/bucket:Bucket ×1", notCovered.Element("system-out")!.Value, StringComparison.Ordinal);
        Assert.Equal(0, Xmllint.ValidateJUnit(PolicyJUnitReport.Render(report)).ExitCode);
    }

    [Fact]
    public void JUnit_IsValidUnderTheJenkinsSchema()
    {
        var (code, output) = Xmllint.ValidateJUnit(Text());
        Assert.True(code == 0, output);

        // The check can fail: the attribute Jenkins refuses on <testsuites> is caught.
        var refused = Text().Replace("<testsuites name=", "<testsuites skipped=\"1\" name=", StringComparison.Ordinal);
        var (refusedCode, refusedOutput) = Xmllint.ValidateJUnit(refused);
        Assert.NotEqual(0, refusedCode);
        Assert.Contains("skipped", refusedOutput, StringComparison.Ordinal);
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
