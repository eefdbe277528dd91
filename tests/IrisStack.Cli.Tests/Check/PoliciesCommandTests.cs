using IrisStack.Policies;
using IrisStack.Policies.Docs;
using IrisStack.Tests.Shared;

namespace IrisStack.Cli.Tests.Check;

public sealed class PoliciesCommandTests
{
    [Fact]
    public async Task Policies_Text_ListsEveryPolicyWithItsLevel()
    {
        var (code, stdout, _) = await CliRun.Of("policies");
        Assert.Equal(CliApp.Ok, code);
        Assert.Equal(PolicyDocs.Text(PolicyPack.Default()), stdout);
        foreach (var policy in PolicyPack.Default().Policies)
        {
            Assert.Contains($"{policy.Id}  [{policy.DefaultLevel.ToString().ToLowerInvariant()}]  layer: {policy.Layer}", stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Policies_Markdown_IsTheCommittedDocsFile()
    {
        var (code, stdout, _) = await CliRun.Of("policies", "--format", "markdown");
        Assert.Equal(CliApp.Ok, code);
        Assert.True(
            File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "policies.md")) == stdout,
            $"docs/policies.md differs from 'irisstack policies --format markdown'. Regenerate it with: {PolicyDocs.RegenerateCommand}");
    }

    [Fact]
    public async Task Policies_UnknownFormat_Exits2()
    {
        var (code, _, stderr) = await CliRun.Of("policies", "--format", "pdf");
        Assert.Equal(CliApp.InvalidInput, code);
        Assert.Contains("pdf", stderr, StringComparison.Ordinal);
    }
}
