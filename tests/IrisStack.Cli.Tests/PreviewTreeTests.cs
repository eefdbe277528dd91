using IrisStack.Cli.Output;
using IrisStack.Components.Graph;
using IrisStack.Tests.Shared;

namespace IrisStack.Cli.Tests;

/// <summary>The preview tree at a terminal's width: every line fits, cut names keep both ends, nothing but names and types is cut.</summary>
public sealed class PreviewTreeTests
{
    private static readonly ResourceGraph Prod = RealStacks.Build("prod").Graph;

    private static string[] Lines(string text) => text.TrimEnd('\n').Split('\n');

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void Render_AtAWidth_EveryLineLeavesTheLastColumnFree(int width)
    {
        var lines = Lines(PreviewTree.Render(Prod, width));

        Assert.Equal(PreviewTree.CreateCount(Prod) + 1, lines.Length);
        Assert.All(lines, line => Assert.True(line.Length <= width - 1, $"{line.Length} columns: {line}"));
        Assert.Contains(lines, line => line.Contains(PreviewTree.Ellipsis, StringComparison.Ordinal));
        Assert.All(lines.Skip(1), line => Assert.Matches(@"^ \+   .*\S  +create$", line));
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void Render_AtAWidth_ACutNameKeepsItsStartAndEnd_AndSiblingsStayApart(int width)
    {
        var cut = Rows(PreviewTree.Render(Prod, width));
        var whole = Rows(PreviewTree.Render(Prod));

        Assert.Equal(whole.Count, cut.Count);
        foreach (var ((_, shown), (_, name)) in cut.Zip(whole))
        {
            var parts = shown.Split(PreviewTree.Ellipsis);
            Assert.True(parts.Length == 1 ? shown == name : name.StartsWith(parts[0], StringComparison.Ordinal) && name.EndsWith(parts[1], StringComparison.Ordinal), $"'{shown}' is not a cut of '{name}'");
        }

        var subnets = cut.Where((_, i) => whole[i].Type.EndsWith("aws:ec2/subnet:Subnet", StringComparison.Ordinal)).Select(r => r.Name).ToList();
        Assert.Equal(6, subnets.Count);
        Assert.Equal(6, subnets.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Render_At140_CutsNamesOnly_TypesStayWhole()
    {
        // Wide enough for the longest type (an S3 encryption configuration) with a few characters of name.
        var text = PreviewTree.Render(Prod, 140);

        Assert.All(Prod.Nodes, node => Assert.Contains("─ " + node.Type + " ", text, StringComparison.Ordinal));
        Assert.Contains(Prod.Nodes, node => !text.Contains(" " + node.Name + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_WithoutAWidth_KeepsEveryNameAndTypeWhole()
    {
        var lines = Lines(PreviewTree.Render(Prod));

        Assert.DoesNotContain(lines, line => line.Contains(PreviewTree.Ellipsis, StringComparison.Ordinal));
        Assert.All(Prod.Nodes, node => Assert.Contains(lines, line => line.Contains("─ " + node.Type + " ", StringComparison.Ordinal) && line.Contains(" " + node.Name + " ", StringComparison.Ordinal)));
        Assert.Contains(lines, line => line.Length > 120);
    }

    [Fact]
    public void Render_WideEnough_IsTheUncutTree() =>
        Assert.Equal(PreviewTree.Render(Prod), PreviewTree.Render(Prod, Lines(PreviewTree.Render(Prod)).Max(l => l.Length) + 1));

    // Each resource row's Type and Name columns, found by the header's column titles.
    private static List<(string Type, string Name)> Rows(string text)
    {
        var lines = Lines(text);
        var (type, name, plan) = (lines[0].IndexOf("Type", StringComparison.Ordinal), lines[0].IndexOf("Name", StringComparison.Ordinal), lines[0].IndexOf("Plan", StringComparison.Ordinal));
        return [.. lines.Skip(1).Select(l => (l[type..name].TrimEnd(), l[name..plan].TrimEnd()))];
    }
}
