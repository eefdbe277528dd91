using System.Text.RegularExpressions;
using IrisStack.Stack.Pipelines;
using IrisStack.Tests.Shared;
using YamlDotNet.RepresentationModel;

namespace IrisStack.Cli.Tests.Pipelines;

/// <summary>The GitHub workflows: generated from the stacks, committed as generated, and clean under the real linters.</summary>
public sealed partial class PipelinesCommandTests : IDisposable
{
    private static readonly string[] Committed = [GitHubWorkflows.PullRequestPath, GitHubWorkflows.DeployPath];
    private readonly string output = Path.Combine(Path.GetTempPath(), $"irisstack-pipelines-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task CommittedWorkflows_AreExactlyWhatTheGeneratorWrites()
    {
        var run = await CliRun.Of("pipelines", "--stack", "dev", "--stack", "prod", "--cwd", RepoPaths.Root, "--out", output);

        Assert.Equal(0, run.ExitCode);
        foreach (var path in Committed)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, path)), File.ReadAllText(Path.Combine(output, path)));
        }
    }

    [Fact]
    public void CommittedWorkflows_PassActionlint()
    {
        var (code, findings) = WorkflowLinters.Actionlint([.. Committed.Select(p => Path.Combine(RepoPaths.Root, p))]);

        Assert.True(code == 0, findings);
    }

    [Fact]
    public void Actionlint_ReportsAnUnknownActionInputAndExpression()
    {
        var file = Planted("on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ github.nope }}\n      - uses: actions/checkout@v4\n        with:\n          bogus: 1\n");

        var (code, findings) = WorkflowLinters.Actionlint(file);

        Assert.Equal(1, code);
        Assert.Contains("property \"nope\" is not defined", findings, StringComparison.Ordinal);
        Assert.Contains("input \"bogus\" is not defined", findings, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GitHubWorkflows.PullRequestPath)]
    [InlineData(GitHubWorkflows.DeployPath)]
    public void CommittedWorkflow_PassesActionValidator(string path)
    {
        var (code, message) = WorkflowLinters.ActionValidator(Path.Combine(RepoPaths.Root, path));

        Assert.True(code == 0, message);
    }

    [Fact]
    public void ActionValidator_RejectsAWorkflowOutsideTheSchema()
    {
        var (code, _) = WorkflowLinters.ActionValidator(Planted("on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps: not-a-list\n"));

        Assert.NotEqual(0, code);
    }

    [Fact]
    public void EveryAction_IsPinnedToACommit()
    {
        var uses = Documents().SelectMany(d => Steps(d)).Select(s => Scalar(s, "uses")).OfType<string>().ToList();

        Assert.NotEmpty(uses);
        Assert.All(uses, u => Assert.Matches(PinnedPattern(), u));
    }

    [Fact]
    public void EveryJob_DeclaresItsPermissions_AndOnlyJobsThatAssumeAnAwsRoleGetAnOidcToken()
    {
        foreach (var document in Documents())
        {
            Assert.Empty(((YamlMappingNode)document["permissions"]).Children);
            foreach (var (name, job) in Jobs(document))
            {
                var permissions = Assert.IsType<YamlMappingNode>(job["permissions"]);
                var assumesRole = Steps(job).Any(s => Scalar(s, "uses")?.StartsWith(PinnedActions.ConfigureAwsCredentials.Repository + "@", StringComparison.Ordinal) == true);
                Assert.True(assumesRole == (Scalar(permissions, "id-token") == "write"), name);
                Assert.DoesNotContain(permissions.Children.Values, v => v.ToString() == "write-all");
            }
        }
    }

    [Fact]
    public void NoJob_UsesLongLivedAwsKeys()
    {
        var text = string.Concat(Committed.Select(p => File.ReadAllText(Path.Combine(RepoPaths.Root, p))));

        Assert.DoesNotContain("aws-access-key-id", text, StringComparison.Ordinal);
        Assert.DoesNotContain("aws-secret-access-key", text, StringComparison.Ordinal);
        Assert.DoesNotContain("AWS_SECRET_ACCESS_KEY", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Deploys_RunInStackOrder_EachInItsEnvironmentAndQueueOfItsOwn()
    {
        var deploy = Load(GitHubWorkflows.DeployPath);
        var jobs = Jobs(deploy).ToDictionary(j => j.Name, j => j.Job);

        Assert.Equal(["up-dev", "up-prod"], jobs.Keys);
        Assert.Equal("prod", Scalar(jobs["up-prod"], "environment"));
        Assert.Equal(["up-dev"], ((YamlSequenceNode)jobs["up-prod"]["needs"]).Select(n => n.ToString()));
        Assert.Equal("pulumi-prod", Scalar((YamlMappingNode)jobs["up-prod"]["concurrency"], "group"));
        Assert.Equal("false", Scalar((YamlMappingNode)jobs["up-prod"]["concurrency"], "cancel-in-progress"));
        var up = Steps(jobs["up-prod"]).Single(s => Scalar(s, "uses")?.StartsWith(PinnedActions.Pulumi.Repository + "@", StringComparison.Ordinal) == true);
        Assert.Equal("prod", Scalar((YamlMappingNode)up["with"], "stack-name"));
        // The AWS session opens in the stack's own region, read from its stack file.
        var aws = Steps(jobs["up-prod"]).Single(s => Scalar(s, "uses")?.StartsWith(PinnedActions.ConfigureAwsCredentials.Repository + "@", StringComparison.Ordinal) == true);
        Assert.Equal("eu-west-1", Scalar((YamlMappingNode)aws["with"], "aws-region"));
    }

    [Fact]
    public void PullRequests_CheckEveryStackAsSarif_AndPreviewItWithAComment()
    {
        var jobs = Jobs(Load(GitHubWorkflows.PullRequestPath)).ToDictionary(j => j.Name, j => j.Job);

        foreach (var stack in new[] { "dev", "prod" })
        {
            var check = Steps(jobs[$"check-{stack}"]).ToList();
            Assert.Contains(check, s => Scalar(s, "run")?.Contains($"check --stack {stack} --format sarif", StringComparison.Ordinal) == true);
            Assert.Contains(check, s => Scalar(s, "uses")?.StartsWith(PinnedActions.UploadSarif.Repository + "@", StringComparison.Ordinal) == true);
            var preview = Steps(jobs[$"preview-{stack}"]).Single(s => Scalar(s, "uses")?.StartsWith(PinnedActions.Pulumi.Repository + "@", StringComparison.Ordinal) == true);
            Assert.Equal("preview", Scalar((YamlMappingNode)preview["with"], "command"));
            Assert.Equal("true", Scalar((YamlMappingNode)preview["with"], "comment-on-pr"));
        }
    }

    [Fact]
    public async Task AStackWithoutAStackFile_Exits2NamingTheArg_AndWritesNothing()
    {
        var run = await CliRun.Of("pipelines", "--stack", "dev", "--stack", "qa", "--cwd", RepoPaths.Root, "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--stack: 'qa' has no stack file Pulumi.qa.yaml", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task AStackGivenTwice_Exits2()
    {
        var run = await CliRun.Of("pipelines", "--stack", "dev", "--stack", "dev", "--cwd", RepoPaths.Root, "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--stack: 'dev' is given 2 times", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    private string Planted(string yaml)
    {
        Directory.CreateDirectory(output);
        var file = Path.Combine(output, $"planted-{Guid.NewGuid():N}.yml");
        File.WriteAllText(file, yaml);
        return file;
    }

    private static IEnumerable<YamlMappingNode> Documents() => Committed.Select(Load);

    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, path)));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<(string Name, YamlMappingNode Job)> Jobs(YamlMappingNode document) =>
        ((YamlMappingNode)document["jobs"]).Children.Select(j => (j.Key.ToString(), (YamlMappingNode)j.Value));

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode document) =>
        document.Children.ContainsKey(new YamlScalarNode("steps"))
            ? ((YamlSequenceNode)document["steps"]).Cast<YamlMappingNode>()
            : Jobs(document).SelectMany(j => Steps(j.Job));

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    [GeneratedRegex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}$")]
    private static partial Regex PinnedPattern();
}
