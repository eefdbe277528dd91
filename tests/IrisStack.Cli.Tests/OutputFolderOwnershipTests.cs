using IrisStack.Cli.Output;
using IrisStack.Tests.Shared;

namespace IrisStack.Cli.Tests;

/// <summary>
/// <c>--out</c> holds only the current run's files: what an earlier run wrote and this one does not
/// is removed, and nothing irisstack did not write is ever deleted or overwritten.
/// </summary>
public sealed class OutputFolderOwnershipTests : IDisposable
{
    private const string PodDisruptionBudget = "k8s/iris-web-gateway/poddisruptionbudget-webgateway.yaml";

    private readonly TempProject project = TempProject.Of(
        ("dev", File.ReadAllText(Path.Combine(RepoPaths.Root, "Pulumi.dev.yaml"))),
        ("prod", File.ReadAllText(Path.Combine(RepoPaths.Root, "Pulumi.prod.yaml"))));

    private string Out => project.File("out");

    [Theory]
    [InlineData("preview")]
    [InlineData("render")]
    public async Task ProdThenDev_IntoOneFolder_LeavesExactlyDevsFiles(string command)
    {
        var prod = await CliRun.Of(command, "-s", "prod", "--cwd", project.Path, "--out", Out);
        Assert.Equal(CliApp.Ok, prod.ExitCode);
        Assert.True(File.Exists(Path.Combine(Out, PodDisruptionBudget)));

        var dev = await CliRun.Of(command, "-s", "dev", "--cwd", project.Path, "--out", Out);

        Assert.Equal((CliApp.Ok, string.Empty), (dev.ExitCode, dev.Stderr));
        var expected = RealStacks.Build("dev").Artifacts.Select(a => a.Path).Concat(command == "preview" ? ["plan.json"] : []);
        Assert.Equal(expected.Append(OutputRecord.FileName).Order(StringComparer.Ordinal), FilesIn(Out));
        Assert.Contains($"{PodDisruptionBudget} (an earlier run wrote it; this one does not)", dev.Stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AFolderWithAUsersFile_IsRefused_Exit2_AndTheFileIsUntouched()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "notes.txt"), "mine");

        var run = await CliRun.Of("preview", "-s", "dev", "--cwd", project.Path, "--out", Out);

        Assert.Equal((CliApp.InvalidInput, string.Empty), (run.ExitCode, run.Stdout));
        Assert.Equal(
            $"error: --out {Out}: the folder is not empty and irisstack did not write it (it has no {OutputRecord.FileName} record), so its files are left alone. Fix: choose an empty folder or remove it.\n",
            run.Stderr.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(["notes.txt"], FilesIn(Out));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Out, "notes.txt")));
    }

    [Fact]
    public async Task AnEmptyFolder_IsWritten()
    {
        Directory.CreateDirectory(Out);

        var run = await CliRun.Of("render", "-s", "dev", "--cwd", project.Path, "--out", Out);

        Assert.Equal(CliApp.Ok, run.ExitCode);
        Assert.Contains("webgateway/nginx.conf", FilesIn(Out));
    }

    [Fact]
    public async Task AUsersFileAddedToAnOwnedFolder_Stays()
    {
        await CliRun.Of("render", "-s", "prod", "--cwd", project.Path, "--out", Out);
        File.WriteAllText(Path.Combine(Out, "k8s", "notes.txt"), "mine");

        var run = await CliRun.Of("render", "-s", "dev", "--cwd", project.Path, "--out", Out);

        Assert.Equal(CliApp.Ok, run.ExitCode);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Out, "k8s", "notes.txt")));
        Assert.False(File.Exists(Path.Combine(Out, PodDisruptionBudget)));
    }

    [Fact]
    public async Task AUsersFileWhereTheRunWritesOne_IsRefused_AndKept()
    {
        await CliRun.Of("render", "-s", "dev", "--cwd", project.Path, "--out", Out);
        var record = Path.Combine(Out, OutputRecord.FileName);
        File.WriteAllText(record, File.ReadAllText(record).Replace("webgateway/nginx.conf\n", string.Empty, StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(Out, "webgateway", "nginx.conf"), "my own nginx.conf");

        var run = await CliRun.Of("render", "-s", "dev", "--cwd", project.Path, "--out", Out);

        Assert.Equal(CliApp.InvalidInput, run.ExitCode);
        Assert.StartsWith($"error: --out {Out}: webgateway/nginx.conf is already there and irisstack did not write it. Fix: ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("my own nginx.conf", File.ReadAllText(Path.Combine(Out, "webgateway", "nginx.conf")));
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("/etc/hostname")]
    [InlineData("k8s/../../outside.txt")]
    public async Task ARecordPointingOutsideTheFolder_IsRefused_AndNothingIsDeleted(string line)
    {
        File.WriteAllText(project.File("outside.txt"), "mine");
        await CliRun.Of("render", "-s", "dev", "--cwd", project.Path, "--out", Out);
        File.AppendAllText(Path.Combine(Out, OutputRecord.FileName), line + "\n");
        var before = FilesIn(Out);

        var run = await CliRun.Of("render", "-s", "dev", "--cwd", project.Path, "--out", Out);

        Assert.Equal(CliApp.InvalidInput, run.ExitCode);
        Assert.Contains($"('{line}') is not a path inside the folder", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, FilesIn(Out));
        Assert.Equal("mine", File.ReadAllText(project.File("outside.txt")));
    }

    [Fact]
    public async Task ARunThatWritesNothingNew_LeavesTheFolderAsItWas()
    {
        await CliRun.Of("preview", "-s", "dev", "--cwd", project.Path, "--out", Out);
        var before = FilesIn(Out).ToDictionary(f => f, f => File.ReadAllText(Path.Combine(Out, f)));

        var again = await CliRun.Of("preview", "-s", "dev", "--cwd", project.Path, "--out", Out);

        Assert.Equal(CliApp.Ok, again.ExitCode);
        Assert.Equal(before, FilesIn(Out).ToDictionary(f => f, f => File.ReadAllText(Path.Combine(Out, f))));
        Assert.DoesNotContain("Removed", again.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => project.Dispose();

    private static List<string> FilesIn(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];
}
