using IrisStack.Cli.Commands;

namespace IrisStack.Cli.Tests;

/// <summary>A command line that names a command builds only that command; every other one still sees them all.</summary>
public sealed class CommandCatalogTests
{
    public static TheoryData<string> Names => [.. CommandCatalog.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void For_CommandLineNamingACommand_BuildsThatCommandAlone(string name)
    {
        var command = Assert.Single(CommandCatalog.For([name, "--help"], TextWriter.Null, TextWriter.Null));

        Assert.Equal(name, command.Name);
    }

    [Theory]
    [InlineData]
    [InlineData("--help")]
    [InlineData("previw")]
    [InlineData("PREVIEW")]
    [InlineData("--stack", "prod", "preview")]
    public void For_CommandLineNamingNoCommand_BuildsEveryCommandInHelpOrder(params string[] args)
    {
        var commands = CommandCatalog.For(args, TextWriter.Null, TextWriter.Null);

        Assert.Equal(CommandCatalog.Names, commands.Select(c => c.Name));
        Assert.Equal(
            ["preview", "check", "render", "graph", "policies", "config-reference", "pipelines", "gateway"],
            CommandCatalog.All(TextWriter.Null, TextWriter.Null).Select(c => c.Name));
    }

    [Fact]
    public async Task RootHelp_ListsEveryCommand()
    {
        var run = await CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(CommandCatalog.Names, name => Assert.Contains($"  {name} ", run.Stdout, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MistypedCommand_IsAUsageErrorNamingIt()
    {
        var run = await CliRun.Of("previw", "--stack", "dev");

        Assert.Equal(CliApp.InvalidInput, run.ExitCode);
        Assert.Contains("'previw'", run.Stderr, StringComparison.Ordinal);
    }
}
