using IrisStack.Tests.Shared;

namespace IrisStack.Cli.Tests;

/// <summary>Invalid or unwritable output paths: exit 2 naming the option, nothing written, nothing left behind.</summary>
public sealed class OutputSafetyTests
{
    [Fact]
    public async Task Preview_OutIsAFile_Exits2BeforePrintingAnything_AndLeavesTheFolderAsItWas()
    {
        using var project = TempProject.Of(("dev", File.ReadAllText(Path.Combine(RepoPaths.Root, "Pulumi.dev.yaml"))));
        File.WriteAllText(project.File("taken"), "not a folder");
        var before = project.Files();

        var run = await CliRun.Of("preview", "-s", "dev", "--cwd", project.Path, "--out", project.File("taken"));

        Assert.Equal((CliApp.InvalidInput, string.Empty), (run.ExitCode, run.Stdout));
        Assert.StartsWith($"error: --out {project.File("taken")}: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("is a file", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Fix: ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, project.Files());
        Assert.Equal("not a folder", File.ReadAllText(project.File("taken")));
    }

    [Fact]
    public async Task Render_SubfolderIsAFile_Exits2AndWritesNoFileAtAll()
    {
        using var project = TempProject.Of(("dev", File.ReadAllText(Path.Combine(RepoPaths.Root, "Pulumi.dev.yaml"))));
        var output = project.File("out");
        await CliRun.Of("render", "-s", "dev", "--cwd", project.Path, "--out", output);
        // data/ and webgateway/ are written before k8s/: a file where k8s/ must be used to leave them written.
        Directory.Delete(Path.Combine(output, "data"), recursive: true);
        Directory.Delete(Path.Combine(output, "webgateway"), recursive: true);
        Directory.Delete(Path.Combine(output, "k8s"), recursive: true);
        File.WriteAllText(Path.Combine(output, "k8s"), "in the way");
        var before = Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        var run = await CliRun.Of("render", "-s", "dev", "--cwd", project.Path, "--out", output);

        Assert.Equal((CliApp.InvalidInput, string.Empty), (run.ExitCode, run.Stdout));
        Assert.Contains($"error: --out {output}: {Path.Combine(output, "k8s")} is a file", run.Stderr, StringComparison.Ordinal);
        Assert.Equal([".irisstack-files", "k8s"], before);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Render_Succeeds_LeavesNoStagingFolderBehind()
    {
        using var project = TempProject.Of(("dev", File.ReadAllText(Path.Combine(RepoPaths.Root, "Pulumi.dev.yaml"))));
        var output = project.File("out");

        var run = await CliRun.Of("render", "-s", "dev", "--cwd", project.Path, "--out", output);

        Assert.Equal(CliApp.Ok, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "webgateway", "nginx.conf")));
        Assert.DoesNotContain(project.Files(), f => f.Contains("staging", StringComparison.Ordinal) || f.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.DoesNotContain(Directory.EnumerateDirectories(project.Path), d => Path.GetFileName(d).StartsWith('.'));
    }

    [Fact]
    public async Task Check_OutputIsTheRootFolder_Exits2NamingTheOption()
    {
        using var project = TempProject.Of(("dev", Check.CheckHarness.DevStack));

        var run = await CliRun.Of("check", "-s", "dev", "--cwd", project.Path, "--output", "/");

        Assert.Equal((CliApp.InvalidInput, string.Empty), (run.ExitCode, run.Stdout));
        Assert.StartsWith("error: --output /: is a folder, not a file. Fix: ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_OutputIsAFolder_Exits2AndLeavesNoTmpNextToIt()
    {
        using var project = TempProject.Of(("dev", Check.CheckHarness.DevStack));
        var folder = project.File("reports");
        Directory.CreateDirectory(folder);
        var before = Directory.EnumerateFileSystemEntries(project.Path).Order(StringComparer.Ordinal).ToList();

        var run = await CliRun.Of("check", "-s", "dev", "--cwd", project.Path, "--output", folder);

        Assert.Equal(CliApp.InvalidInput, run.ExitCode);
        Assert.Contains($"error: --output {folder}: is a folder, not a file", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(project.Path).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public async Task Render_UnwritableOut_Exits2NamingTheOption()
    {
        // /proc refuses new files even for root, so this holds where tests run as root (containers, CI).
        Assert.True(OperatingSystem.IsLinux(), "this test needs Linux's /proc");
        var run = await CliRun.Of("render", "-s", "dev", "--cwd", RepoPaths.Root, "--out", "/proc/irisstack-render");

        Assert.Equal((CliApp.InvalidInput, string.Empty), (run.ExitCode, run.Stdout));
        Assert.StartsWith("error: --out /proc/irisstack-render: cannot write to /proc (", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists("/proc/irisstack-render"));
    }
}
