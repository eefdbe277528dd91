using System.Text.Json;
using IrisStack.Tests.Shared;
using static IrisStack.Cli.Tests.Check.CheckHarness;

namespace IrisStack.Cli.Tests.Check;

/// <summary><c>check --plan</c> and <c>check --pulumi-preview</c>: graphs from files; levels from the stack file <c>--stack</c> names, which must be the file's stack, else the defaults.</summary>
public sealed class CheckFileInputTests
{
    private const string FlowLogsUrn = "urn:pulumi:ci::iris-stack::iris:network:Network$aws:cloudwatch/logGroup:LogGroup::network-flow-logs";

    // The stack of the hand-written preview, with a 30-day minimum so its 30-day flow logs pass.
    private const string CiStack = """
        config:
          aws:region: eu-west-1
          iris-stack:accountId: "333333333333"
          iris-stack:protectStatefulResources: false
          iris-stack:policies:
            minimumLogRetentionDays: 30
        """;

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("junit")]
    [InlineData("text")]
    public async Task Plan_FromPreview_GivesTheSameReportAsTheStack(string format)
    {
        using var project = TempProject.Of(("insecure", InsecureStack));
        var preview = await CliRun.Of("preview", "-s", "insecure", "--cwd", project.Path, "--out", project.File("out"));
        Assert.Equal(CliApp.PolicyViolations, preview.ExitCode);

        var fromStack = await CliRun.Of("check", "-s", "insecure", "--cwd", project.Path, "-f", format);
        var fromPlan = await CliRun.Of("check", "--plan", project.File("out/plan.json"), "--cwd", project.Path, "-s", "insecure", "-f", format);
        Assert.Equal(string.Empty, fromPlan.Stderr);
        Assert.Equal((CliApp.PolicyViolations, fromStack.Stdout), (fromPlan.ExitCode, fromPlan.Stdout));
    }

    [Fact]
    public async Task Plan_WithStack_AppliesItsFile_WithoutStack_TheDefaultsAndSaysSo()
    {
        // The plan of a dev-like stack passes under its own 30-day minimum and fails the default 365.
        using var project = TempProject.Of(("dev", DevStack));
        await CliRun.Of("preview", "-s", "dev", "--cwd", project.Path, "--out", project.File("out"));
        var plan = project.File("out/plan.json");
        Assert.Equal(CliApp.Ok, (await CliRun.Of("check", "--plan", plan, "--cwd", project.Path, "--stack", "dev")).ExitCode);

        var (code, stdout, _) = await CliRun.Of("check", "--plan", plan, "--cwd", project.Path);
        Assert.Equal(CliApp.PolicyViolations, code);
        Assert.Contains("Levels: the defaults, since no --stack was given (pass --stack dev to apply the levels and suppressions of Pulumi.dev.yaml)", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--plan")]
    [InlineData("--pulumi-preview")]
    public async Task File_OfAnotherStack_Exits2NamingBoth(string flag)
    {
        // The hand-written preview is of iris-stack/ci; the dev stack's levels must not be applied to it.
        using var project = TempProject.Of(("dev", DevStack), ("ci", CiStack));
        var file = Fixture("pulumi-preview.json");
        if (flag == "--plan")
        {
            await CliRun.Of("preview", "-s", "ci", "--cwd", project.Path, "--out", project.File("out"));
            file = project.File("out/plan.json");
        }

        var (code, stdout, stderr) = await CliRun.Of("check", flag, file, "--cwd", project.Path, "--stack", "dev");
        Assert.Equal((CliApp.InvalidInput, string.Empty), (code, stdout));
        Assert.Contains("is a preview of iris-stack/ci, but --stack names iris-stack/dev", stderr, StringComparison.Ordinal);
        Assert.Contains("Fix: pass --stack ci", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PulumiPreview_OfAnotherProject_Exits2()
    {
        using var project = TempProject.Of(("ci", CiStack));
        File.WriteAllText(project.File("Pulumi.yaml"), "name: other-project\nruntime: dotnet\n");
        var (code, _, stderr) = await CliRun.Of("check", "--pulumi-preview", Fixture("pulumi-preview.json"), "--cwd", project.Path, "--stack", "ci");
        Assert.Equal(CliApp.InvalidInput, code);
        Assert.Contains("is a preview of iris-stack/ci, but --stack names other-project/ci", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PulumiPreview_UnknownStack_Exits2()
    {
        using var project = TempProject.Of(("dev", DevStack));
        var (code, stdout, stderr) = await CliRun.Of("check", "--pulumi-preview", Fixture("pulumi-preview.json"), "--cwd", project.Path, "--stack", "ci");
        Assert.Equal((CliApp.InvalidInput, string.Empty), (code, stdout));
        Assert.Contains("Pulumi.ci.yaml", stderr, StringComparison.Ordinal);
        Assert.Contains("pulumi stack init ci", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_WithoutStackFile_UsesThePackDefaults()
    {
        using var project = TempProject.Of(("dev", DevStack));
        await CliRun.Of("preview", "-s", "dev", "--cwd", project.Path, "--out", project.File("out"));
        using var elsewhere = TempProject.WithoutProjectFile();
        var (code, stdout, _) = await CliRun.Of("check", "--plan", project.File("out/plan.json"), "--cwd", elsewhere.Path);
        Assert.Equal(CliApp.PolicyViolations, code);
        Assert.Contains("Retention is 30 days; the stack requires at least 365.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PulumiPreview_UnknownsLinkedByDependencies_OnlyRetentionAndProtectionFail()
    {
        using var elsewhere = TempProject.WithoutProjectFile();
        var (code, stdout, stderr) = await CliRun.Of("check", "--pulumi-preview", Fixture("pulumi-preview.json"), "--cwd", elsewhere.Path, "-f", "json");
        Assert.Equal((CliApp.PolicyViolations, string.Empty), (code, stderr));
        var results = JsonDocument.Parse(stdout).RootElement.GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("policy").GetString()!, r => r);

        // Flow log, default group and NAT routes only pass if vpcId/routeTableId/subnetId unknowns were linked.
        string[] network = ["vpc-flow-logs-enabled", "default-security-group-no-rules", "kms-key-rotation-enabled", "log-group-encrypted-with-cmk", "private-subnet-no-public-ip", "private-subnet-egress-through-nat"];
        Assert.All(network, id => Assert.Equal("passed", results[id].GetProperty("status").GetString()));
        // Without a stack file the secure default (protectStatefulResources: true) applies; the preview's key is unprotected.
        Assert.All(results.Where(r => r.Key is not "log-group-retention" and not "stateful-resources-protected"), r => Assert.NotEqual("violated", r.Value.GetProperty("status").GetString()));
        var violation = Assert.Single(results["log-group-retention"].GetProperty("violations").EnumerateArray());
        Assert.Equal(FlowLogsUrn, violation.GetProperty("urn").GetString());
    }

    [Fact]
    public async Task PulumiPreview_WithoutAStackFile_RequiresProtectionByDefault()
    {
        using var elsewhere = TempProject.WithoutProjectFile();
        var (code, stdout, _) = await CliRun.Of("check", "--pulumi-preview", Fixture("pulumi-preview.json"), "--cwd", elsewhere.Path, "-f", "json");
        Assert.Equal(CliApp.PolicyViolations, code);
        var protection = JsonDocument.Parse(stdout).RootElement.GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("policy").GetString() == "stateful-resources-protected");
        Assert.Equal("violated", protection.GetProperty("status").GetString());
        Assert.Contains(protection.GetProperty("violations").EnumerateArray(), v => v.GetProperty("urn").GetString()!.EndsWith("aws:kms/key:Key::network-logs-key", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PulumiPreview_WithTheStackFile_UsesItsSettings()
    {
        using var project = TempProject.Of(("ci", CiStack));
        var (code, stdout, _) = await CliRun.Of("check", "--pulumi-preview", Fixture("pulumi-preview.json"), "--cwd", project.Path, "--stack", "ci");
        Assert.Equal(CliApp.Ok, code);
        Assert.Contains("PASSED iris-stack-policies (", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PulumiPreview_EveryFormat_ListsTheTypesNoPolicyExamines()
    {
        using var elsewhere = TempProject.WithoutProjectFile();
        var preview = Fixture("pulumi-preview.json");
        const string Expected = "aws:ec2/eip:Eip ×1, aws:ec2/internetGateway:InternetGateway ×1, aws:ec2/natGateway:NatGateway ×1";

        var text = (await CliRun.Of("check", "--pulumi-preview", preview, "--cwd", elsewhere.Path)).Stdout;
        Assert.Contains($"Not covered (no policy examines these types): {Expected}", text, StringComparison.Ordinal);

        var json = JsonDocument.Parse((await CliRun.Of("check", "--pulumi-preview", preview, "--cwd", elsewhere.Path, "-f", "json")).Stdout).RootElement;
        Assert.Equal(new Dictionary<string, int> { ["aws:ec2/eip:Eip"] = 1, ["aws:ec2/internetGateway:InternetGateway"] = 1, ["aws:ec2/natGateway:NatGateway"] = 1 },
            json.GetProperty("notCovered").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()));
        Assert.StartsWith("the defaults, since no --stack was given", json.GetProperty("levels").GetString(), StringComparison.Ordinal);

        var sarif = JsonDocument.Parse((await CliRun.Of("check", "--pulumi-preview", preview, "--cwd", elsewhere.Path, "-f", "sarif")).Stdout).RootElement;
        var notes = sarif.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray();
        Assert.Contains(notes, n => n.GetProperty("message").GetProperty("text").GetString()!.Contains(Expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PulumiPreview_DeletedResource_IsNotChecked()
    {
        using var elsewhere = TempProject.WithoutProjectFile();
        var (_, stdout, _) = await CliRun.Of("check", "--pulumi-preview", Fixture("pulumi-preview.json"), "--cwd", elsewhere.Path, "-f", "sarif");
        Assert.DoesNotContain("legacy-logs", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PulumiPreview_WithoutSames_Exits2AndSaysHowToFix()
    {
        var (code, stdout, stderr) = await CliRun.Of("check", "--pulumi-preview", Fixture("pulumi-preview-no-sames.json"));
        Assert.Equal((CliApp.InvalidInput, string.Empty), (code, stdout));
        Assert.Contains("pulumi-preview-no-sames.json: steps[2].newState.parent", stderr, StringComparison.Ordinal);
        Assert.Contains("--show-sames", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanFlag_GivenAPulumiPreview_Exits2NamingTheField()
    {
        var (code, _, stderr) = await CliRun.Of("check", "--plan", Fixture("pulumi-preview.json"));
        Assert.Equal(CliApp.InvalidInput, code);
        Assert.Contains("pulumi-preview.json: project", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFile_Exits2NamingIt()
    {
        using var elsewhere = TempProject.WithoutProjectFile();
        var missing = elsewhere.File("nope.json");
        var (code, _, stderr) = await CliRun.Of("check", "--pulumi-preview", missing);
        Assert.Equal(CliApp.InvalidInput, code);
        Assert.Contains($"{missing}: the file does not exist", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidStackFileNextToTheFile_Exits2()
    {
        using var project = TempProject.Of(("ci", "config:\n  iris-stack:policies:\n    minimumLogRetentionDays: lots\n"));
        var (code, _, stderr) = await CliRun.Of("check", "--pulumi-preview", Fixture("pulumi-preview.json"), "--cwd", project.Path, "--stack", "ci");
        Assert.Equal(CliApp.InvalidInput, code);
        Assert.Contains("iris-stack:policies.minimumLogRetentionDays", stderr, StringComparison.Ordinal);
    }
}
