using IrisStack.Stack;
using IrisStack.Tests.Shared;

namespace IrisStack.Cli.Tests;

public sealed class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    [Fact]
    public void ConfigReferenceTable_MatchesTheDefaultsInCode()
    {
        const string start = "<!-- config-reference:start -->\n";
        const string end = "<!-- config-reference:end -->";
        var from = Readme.IndexOf(start, StringComparison.Ordinal) + start.Length;
        var table = Readme[from..Readme.IndexOf(end, StringComparison.Ordinal)];

        Assert.True(
            ConfigReferenceTable.Markdown() == table,
            "README.md's configuration reference is out of date: regenerate it with 'dotnet run --project cli -- config-reference'.");
    }

    [Fact]
    public void SetUp_HasExactlyTheTwoCommands()
    {
        var setUp = Readme[Readme.IndexOf("## Set up", StringComparison.Ordinal)..Readme.IndexOf("## The `irisstack` tool", StringComparison.Ordinal)];

        Assert.Equal(
            ["dotnet run --project cli -- preview --stack dev", "scripts/test"],
            setUp.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("```", StringComparison.Ordinal) && !l.StartsWith('#') && !char.IsUpper(l[0])));
        Assert.Contains("exec scripts/test", File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "run")), StringComparison.Ordinal);
    }
}
