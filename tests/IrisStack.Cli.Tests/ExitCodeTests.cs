using System.CommandLine;
using IrisStack.Tests.Shared;

namespace IrisStack.Cli.Tests;

/// <summary>Exit codes that must not be confused: a crash is not a policy failure, a forgotten --stack is not dev.</summary>
public sealed class ExitCodeTests
{
    [Fact]
    public async Task UnexpectedException_Exits3WithOneLineSayingItIsABug()
    {
        var crashing = new Command("crash", "throws");
        crashing.SetAction(new Func<ParseResult, int>(_ => throw new InvalidCastException("boom")));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await CliApp.RunAsync(["crash"], [crashing], stdout, stderr);

        Assert.Equal(CliApp.InternalError, code);
        Assert.NotEqual(CliApp.PolicyViolations, code);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("internal error (InvalidCastException): boom. This is a bug in irisstack: please report it with the command line that caused it.", line.TrimEnd('\r'));
        Assert.Equal(string.Empty, stdout.ToString());
    }

    [Fact]
    public async Task Check_StackFilesWithoutStack_Exits2InsteadOfCheckingDev()
    {
        using var project = TempProject.Of(("dev", Check.CheckHarness.InsecureStack));

        var run = await CliRun.Of("check", "--cwd", project.Path);

        Assert.Equal((CliApp.InvalidInput, string.Empty), (run.ExitCode, run.Stdout));
        Assert.Contains("--stack is required", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Fix: ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_WithoutStack_StillDefaultsToDev()
    {
        using var project = TempProject.Of(("dev", Check.CheckHarness.DevStack));

        var run = await CliRun.Of("preview", "--cwd", project.Path, "--out", project.File("out"));

        Assert.Equal(CliApp.Ok, run.ExitCode);
        Assert.Contains("Previewing update (dev):", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_PlanWithDuplicateKey_Exits2NamingTheKeyPath()
    {
        using var project = TempProject.Of(("dev", Check.CheckHarness.DevStack));
        await CliRun.Of("preview", "-s", "dev", "--cwd", project.Path, "--out", project.File("out"));
        var plan = project.File("out/plan.json");
        File.WriteAllText(plan, File.ReadAllText(plan).Replace("\"stack\": \"dev\",", "\"stack\": \"dev\", \"stack\": \"prod\",", StringComparison.Ordinal));

        var run = await CliRun.Of("check", "--plan", plan, "--cwd", project.Path);

        Assert.Equal(CliApp.InvalidInput, run.ExitCode);
        Assert.Contains($"error: {plan}: stack: the key 'stack' appears more than once", run.Stderr, StringComparison.Ordinal);
    }
}
