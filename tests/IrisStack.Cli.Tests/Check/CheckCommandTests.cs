using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using IrisStack.Policies;
using IrisStack.Tests.Shared;
using static IrisStack.Cli.Tests.Check.CheckHarness;

namespace IrisStack.Cli.Tests.Check;

public sealed class CheckCommandTests
{
    private static readonly int PackSize = PolicyPack.Default().Policies.Length;

    [Fact]
    public async Task Check_SecureStack_Exits0WithPassedReport()
    {
        using var project = TempProject.Of(("dev", DevStack));
        var (code, stdout, stderr) = await CliRun.Of("check", "--stack", "dev", "--cwd", project.Path);
        Assert.Equal((CliApp.Ok, string.Empty), (code, stderr));
        Assert.StartsWith($"Policies:\n    PASSED iris-stack-policies ({PackSize} policies evaluated, 0 mandatory and 0 advisory violations)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_InsecureStack_Exits1AndNamesTheViolation()
    {
        using var project = TempProject.Of(("insecure", InsecureStack));
        var (code, stdout, _) = await CliRun.Of("check", "--stack", "insecure", "--cwd", project.Path);
        Assert.Equal(CliApp.PolicyViolations, code);
        Assert.Contains($"FAILED iris-stack-policies ({PackSize} policies evaluated, 1 mandatory and 0 advisory violations)", stdout, StringComparison.Ordinal);
        Assert.Contains("- [mandatory]  log-group-retention  (aws:cloudwatch/logGroup:LogGroup: network-flow-logs) [retentionInDays]", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_SarifToFile_WritesTheReportAndASummary()
    {
        using var project = TempProject.Of(("insecure", InsecureStack));
        var target = project.File("reports/policies.sarif");
        var (code, stdout, _) = await CliRun.Of("check", "-s", "insecure", "--cwd", project.Path, "--format", "sarif", "--output", target);
        Assert.Equal(CliApp.PolicyViolations, code);
        Assert.Equal($"FAILED: 1 mandatory and 0 advisory violations on stack insecure; wrote the sarif report to {target}\n", stdout.ReplaceLineEndings("\n"));
        Assert.Equal(["policies.sarif"], Directory.GetFiles(project.File("reports")).Select(Path.GetFileName));

        var run = JsonDocument.Parse(File.ReadAllText(target)).RootElement.GetProperty("runs")[0];
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("log-group-retention", result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0];
        Assert.Equal("urn:pulumi:insecure::iris-stack::iris:network:Network$aws:cloudwatch/logGroup:LogGroup::network-flow-logs",
            location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        Assert.EndsWith("Pulumi.insecure.yaml", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_JUnit_CountsTheFailure()
    {
        using var project = TempProject.Of(("insecure", InsecureStack));
        var (code, stdout, _) = await CliRun.Of("check", "-s", "insecure", "--cwd", project.Path, "-f", "junit");
        Assert.Equal(CliApp.PolicyViolations, code);
        var root = XDocument.Parse(stdout).Root!;
        // One test per policy that had something to check; the rest are named, not counted.
        var json = JsonDocument.Parse((await CliRun.Of("check", "-s", "insecure", "--cwd", project.Path, "-f", "json")).Stdout).RootElement;
        var applicable = json.GetProperty("results").EnumerateArray().Count(r => r.GetProperty("status").GetString() != "notapplicable");
        Assert.InRange(applicable, 1, PackSize - 1);
        Assert.Equal((applicable.ToString(CultureInfo.InvariantCulture), "1"), ((string?)root.Attribute("tests"), (string?)root.Attribute("failures")));
    }

    [Fact]
    public async Task Check_Json_IsThePlanPoliciesSchema()
    {
        using var project = TempProject.Of(("dev", DevStack));
        var (code, stdout, _) = await CliRun.Of("check", "-s", "dev", "--cwd", project.Path, "-f", "json");
        Assert.Equal(CliApp.Ok, code);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.True(root.GetProperty("passed").GetBoolean());
        Assert.Equal(PackSize, root.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Check_SameStackTwice_SameBytes()
    {
        using var project = TempProject.Of(("insecure", InsecureStack));
        foreach (var format in new[] { "text", "json", "sarif", "junit" })
        {
            var first = await CliRun.Of("check", "-s", "insecure", "--cwd", project.Path, "-f", format);
            var second = await CliRun.Of("check", "-s", "insecure", "--cwd", project.Path, "-f", format);
            Assert.Equal(first.Stdout, second.Stdout);
        }
    }

    [Fact]
    public async Task Check_UnknownPolicyInConfig_Exits2NamesTheKeyAndWritesNothing()
    {
        using var project = TempProject.Of(("typo", MisspeltPolicyStack));
        var target = project.File("report.sarif");
        var (code, stdout, stderr) = await CliRun.Of("check", "-s", "typo", "--cwd", project.Path, "-f", "sarif", "-o", target);
        Assert.Equal(CliApp.InvalidInput, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("iris-stack:policies.levels.vpc-flow-log-enabled", stderr, StringComparison.Ordinal);
        Assert.Contains("did you mean 'vpc-flow-logs-enabled'?", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task Check_MissingStackFile_Exits2NamingTheFile()
    {
        using var project = TempProject.Of();
        var (code, _, stderr) = await CliRun.Of("check", "-s", "qa", "--cwd", project.Path);
        Assert.Equal(CliApp.InvalidInput, code);
        Assert.Contains("Pulumi.qa.yaml", stderr, StringComparison.Ordinal);
        Assert.Contains("pulumi stack init qa", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_UnknownFormat_Exits2()
    {
        var (code, _, stderr) = await CliRun.Of("check", "-s", "dev", "--format", "html");
        Assert.Equal(CliApp.InvalidInput, code);
        Assert.Contains("html", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_PlanAndPulumiPreviewTogether_Exits2()
    {
        var (code, _, stderr) = await CliRun.Of("check", "--plan", "plan.json", "--pulumi-preview", "preview.json");
        Assert.Equal(CliApp.InvalidInput, code);
        Assert.Contains("--plan and --pulumi-preview exclude each other", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_RelativeInformationUri_Exits2()
    {
        var (code, _, stderr) = await CliRun.Of("check", "--information-uri", "docs/policies.md");
        Assert.Equal(CliApp.InvalidInput, code);
        Assert.Contains("not an absolute URL", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_InformationUri_GoesIntoSarif()
    {
        using var project = TempProject.Of(("dev", DevStack));
        var (_, stdout, _) = await CliRun.Of("check", "-s", "dev", "--cwd", project.Path, "-f", "sarif", "--information-uri", "https://example.org/iris-stack/docs/policies.md");
        var driver = JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal("https://example.org/iris-stack/docs/policies.md", driver.GetProperty("informationUri").GetString());
    }

    [Fact]
    public async Task Check_UnwritableOutput_Exits2()
    {
        using var project = TempProject.Of(("dev", DevStack));
        File.WriteAllText(project.File("blocker"), "a file where a folder should be");
        var (code, _, stderr) = await CliRun.Of("check", "-s", "dev", "--cwd", project.Path, "-o", project.File("blocker/report.txt"));
        Assert.Equal(CliApp.InvalidInput, code);
        Assert.Contains("--output", stderr, StringComparison.Ordinal);
    }
}
