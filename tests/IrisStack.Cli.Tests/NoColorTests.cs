using System.CommandLine;
using IrisStack.Cli.Commands;
using IrisStack.Tests.Shared;

namespace IrisStack.Cli.Tests;

/// <summary><c>--no-color</c> is accepted by every command, so a script can pass it to all of them.</summary>
public sealed class NoColorTests : IDisposable
{
    private readonly DirectoryInfo output = Directory.CreateTempSubdirectory("irisstack-no-color-");

    public static TheoryData<string, int> CommandLines => new()
    {
        { "preview --stack dev --cwd {root} --out {out}/preview", CliApp.Ok },
        { "check --stack dev --cwd {root}", CliApp.Ok },
        { "render --stack dev --cwd {root} --out {out}/render", CliApp.Ok },
        { "graph --stack dev --cwd {root}", CliApp.Ok },
        { "policies", CliApp.Ok },
        { "config-reference", CliApp.Ok },
        { "pipelines --stack dev --stack prod --cwd {root} --out {out}/pipelines", CliApp.Ok },
        // Stops at its own --listen check, after parsing: far enough to show the option is known, without nginx.
        { "gateway run --cwd {root} --listen nowhere --upstream 127.0.0.1:52773", CliApp.InvalidInput },
    };

    [Theory]
    [MemberData(nameof(CommandLines))]
    public async Task EveryCommand_AcceptsNoColor_AndPrintsNoEscapes(string commandLine, int exitCode)
    {
        string[] args = [.. commandLine.Split(' ').Select(w => w.Replace("{out}", output.FullName, StringComparison.Ordinal).Replace("{root}", RepoPaths.Root, StringComparison.Ordinal)), "--no-color"];

        var run = await CliRun.Of(args);

        Assert.DoesNotContain("--no-color", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(exitCode, run.ExitCode);
        Assert.DoesNotContain('\x1b', run.Stdout + run.Stderr);
        Assert.NotEqual(string.Empty, run.Stdout + run.Stderr);
    }

    [Fact]
    public void EveryCommandThatRuns_HasTheOption_AndTheTheoryCoversEachOfThem()
    {
        static IEnumerable<(string Path, Command Command)> Leaves(Command command, string path) =>
            command.Subcommands.Count == 0 ? [(path, command)] : command.Subcommands.SelectMany(c => Leaves(c, $"{path} {c.Name}".Trim()));

        using var writer = new StringWriter();
        var leaves = CommandCatalog.All(writer, writer).SelectMany(c => Leaves(c, c.Name)).ToList();

        Assert.All(leaves, leaf => Assert.Contains(leaf.Command.Options, o => o.Name == "--no-color"));
        Assert.Equal(
            leaves.Select(l => l.Path).Order(StringComparer.Ordinal),
            CommandLines.Select(row => (string)row[0]).Select(line => string.Join(' ', line.Split(' ').TakeWhile(w => !w.StartsWith('-')))).Order(StringComparer.Ordinal));
    }

    public void Dispose() => output.Delete(recursive: true);
}
