using IrisStack.Policies.Reports;
using IrisStack.Policies.Tests.Fixtures;
using Snapshooter.Xunit;

namespace IrisStack.Policies.Tests.Reports;

public sealed class PolicyTextReportTests
{
    [Fact]
    public void Text_FailedReport_ListsOpenFindingsThenSuppressed()
    {
        var text = PolicyReportRenderer.Render(ReportFormat.Text, ReportFixture.Report());
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("    FAILED iris-stack-policies (7 policies evaluated, 1 mandatory and 1 advisory violations)", lines[1]);
        Assert.Contains("        - [advisory]  kms-key-rotation-enabled  (aws:kms/key:Key: logs-key) [enableKeyRotation]", lines);
        Assert.Contains("        - [mandatory]  log-group-retention  (aws:cloudwatch/logGroup:LogGroup: flow-logs) [retentionInDays]", lines);
        Assert.Contains($"        - log-group-encrypted-with-cmk  (aws:cloudwatch/logGroup:LogGroup: flow-logs): {ReportFixture.SuppressionReason}", lines);
        Assert.True(Array.IndexOf(lines, "    Suppressed:") > Array.FindIndex(lines, l => l.Contains("log-group-retention", StringComparison.Ordinal)));
        Snapshot.Match(text);
    }

    [Fact]
    public void Text_PassedReport_SaysPassed()
    {
        var report = PolicyRunner.Run(NetworkPack.Create(), NetworkFixture.Graph(), Settings.Defaults);
        Assert.Equal(
            "Policies:\n    PASSED iris-stack-policies (8 policies evaluated, 0 mandatory and 0 advisory violations)\n" +
            "    Not covered (no policy examines these types): aws:ec2/eip:Eip ×1, aws:ec2/internetGateway:InternetGateway ×1, aws:ec2/natGateway:NatGateway ×1\n",
            PolicyTextReport.Render(report).ReplaceLineEndings("\n"));
    }
}
