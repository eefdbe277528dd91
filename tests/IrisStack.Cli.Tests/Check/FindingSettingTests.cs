using System.Text.Json;
using IrisStack.Tests.Shared;
using static IrisStack.Cli.Tests.Check.CheckHarness;

namespace IrisStack.Cli.Tests.Check;

/// <summary>Findings caused by a setting name the key and the value to put there; SARIF points at the key's line.</summary>
public sealed class FindingSettingTests
{
    private const string FlowLogs = "iris-stack:network.flowLogRetentionDays";

    // The WebGateway's block-list cut down to one entry: every other default entry is a finding on nginx.conf.
    private static readonly string CutBlockList = DevStack + """

          iris-stack:webGateway:
            blockedUris: [/csp/sys/]
        """;

    private static int LineOf(string yaml, string text) =>
        yaml.Split('\n').Select((l, i) => (l, i)).Single(x => x.l.TrimStart().StartsWith(text, StringComparison.Ordinal)).i + 1;

    [Fact]
    public async Task Text_FixNamesTheSettingAndTheValue()
    {
        using var project = TempProject.Of(("insecure", InsecureStack));
        var (_, stdout, _) = await CliRun.Of("check", "-s", "insecure", "--cwd", project.Path);
        Assert.Contains($"Fix: Set `{FlowLogs}` to 365 or more (a value CloudWatch accepts, e.g. 365).", stdout, StringComparison.Ordinal);
        Assert.Contains($"Setting: {FlowLogs}", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Set retentionInDays", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sarif_ResultPointsAtTheSettingsLine_AndKeepsTheUrn()
    {
        using var project = TempProject.Of(("insecure", InsecureStack));
        var (_, stdout, _) = await CliRun.Of("check", "-s", "insecure", "--cwd", project.Path, "-f", "sarif");
        var result = Assert.Single(JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        var location = result.GetProperty("locations")[0];
        Assert.Equal(LineOf(InsecureStack, "flowLogRetentionDays:"), location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.EndsWith("::network-flow-logs", location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString(), StringComparison.Ordinal);
        Assert.Equal(FlowLogs, result.GetProperty("properties").GetProperty("setting").GetString());
    }

    [Fact]
    public async Task Sarif_SettingLeftAtItsDefault_PointsAtItsSection_OrLineOne()
    {
        // A 400-day minimum fails both 365-day defaults: flow logs (whose section the file has) and control-plane logs (whose section it lacks).
        var yaml = DevStack.Replace("    flowLogRetentionDays: 30\n", string.Empty, StringComparison.Ordinal).Replace("minimumLogRetentionDays: 30", "minimumLogRetentionDays: 400", StringComparison.Ordinal);
        using var project = TempProject.Of(("strict", yaml));
        var (_, stdout, _) = await CliRun.Of("check", "-s", "strict", "--cwd", project.Path, "-f", "sarif");
        var lines = JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToDictionary(
            r => r.GetProperty("properties").GetProperty("setting").GetString()!,
            r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(LineOf(yaml, "iris-stack:network:"), lines[FlowLogs]);
        Assert.Equal(1, lines["iris-stack:cluster.controlPlaneLogRetentionDays"]);
    }

    [Fact]
    public async Task OneOfSeveralSettingsBehindAFile_IsNamedByTheFinding()
    {
        using var project = TempProject.Of(("cut", CutBlockList));
        var (code, stdout, _) = await CliRun.Of("check", "-s", "cut", "--cwd", project.Path);
        Assert.Equal(CliApp.PolicyViolations, code);
        Assert.Contains("Fix: Set `iris-stack:webGateway.blockedUris` to a list that keeps '%login' (it is in the default list).", stdout, StringComparison.Ordinal);

        var (_, sarif, _) = await CliRun.Of("check", "-s", "cut", "--cwd", project.Path, "-f", "sarif");
        var lines = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32())
            .Distinct();
        Assert.Equal([LineOf(CutBlockList, "blockedUris:")], lines);
    }

    [Fact]
    public async Task NoSingleSetting_SaysSoAndPointsAtTheResource()
    {
        // A Pulumi preview carries no config provenance: the finding is the resource's.
        using var elsewhere = TempProject.WithoutProjectFile();
        var (_, json, _) = await CliRun.Of("check", "--pulumi-preview", Fixture("pulumi-preview.json"), "--cwd", elsewhere.Path, "-f", "json");
        var violation = JsonDocument.Parse(json).RootElement.GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("policy").GetString() == "log-group-retention").GetProperty("violations")[0];
        Assert.Equal(JsonValueKind.Null, violation.GetProperty("setting").ValueKind);
        Assert.StartsWith("Set retentionInDays to", violation.GetProperty("fix").GetString(), StringComparison.Ordinal);

        var (_, text, _) = await CliRun.Of("check", "--pulumi-preview", Fixture("pulumi-preview.json"), "--cwd", elsewhere.Path);
        Assert.Contains("Setting: none (no single setting decides this; change the resource above)", text, StringComparison.Ordinal);
    }
}
