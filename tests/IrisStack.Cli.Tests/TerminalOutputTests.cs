using System.Text.Json;
using IrisStack.Cli.Output;
using IrisStack.Tests.Shared;

namespace IrisStack.Cli.Tests;

/// <summary>
/// <c>preview</c> in a real terminal: the tree fits the terminal's width, colour shows unless
/// <c>--no-color</c>; plan.json keeps every name whole whatever the width.
/// </summary>
public sealed class TerminalOutputTests : IDisposable
{
    private readonly DirectoryInfo output = Directory.CreateTempSubdirectory("irisstack-terminal-");

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public async Task Preview_InATerminal_TheTreeFitsItsWidth_AndPlanJsonKeepsTheFullNames(int columns)
    {
        var (exit, shown) = await PseudoTerminal.Run(columns, "preview", "--stack", "prod", "--cwd", RepoPaths.Root, "--out", output.FullName);

        Assert.Equal(CliApp.Ok, exit);
        var visible = PseudoTerminal.Visible(shown);
        var tree = visible[visible.IndexOf("     Type", StringComparison.Ordinal)..visible.IndexOf("\nPolicies:", StringComparison.Ordinal)].Trim('\n').Split('\n');
        Assert.All(tree, line => Assert.True(line.Length < columns, $"{line.Length} columns: {line}"));
        Assert.Contains(tree, line => line.Contains(PreviewTree.Ellipsis, StringComparison.Ordinal));

        using var plan = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.FullName, "plan.json")));
        var names = plan.RootElement.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToList();
        Assert.Contains("network-private-default-route-eu-west-1a", names);
        Assert.DoesNotContain(names, name => name.Contains(PreviewTree.Ellipsis, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Preview_InATerminal_IsColoured_AndPlainWithNoColor()
    {
        var (colouredExit, coloured) = await PseudoTerminal.Run(120, "preview", "--stack", "dev", "--cwd", RepoPaths.Root, "--out", output.FullName);
        var (plainExit, plain) = await PseudoTerminal.Run(120, "preview", "--stack", "dev", "--cwd", RepoPaths.Root, "--out", output.FullName, "--no-color");

        Assert.Equal((CliApp.Ok, CliApp.Ok), (colouredExit, plainExit));
        Assert.NotEmpty(PseudoTerminal.StyleSequences(coloured));
        Assert.Empty(PseudoTerminal.StyleSequences(plain));
        Assert.Contains("PASSED iris-stack-policies", plain, StringComparison.Ordinal);
    }

    public void Dispose() => output.Delete(recursive: true);
}
