using System.Text.Json;
using IrisStack.Tests.Shared;

namespace IrisStack.Cli.Tests;

public sealed class PreviewCommandTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), "irisstack-preview-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Dev_PrintsTheNetworkTreePoliciesAndSummary_AndExitsZero()
    {
        var run = await CliRun.Of("preview", "--stack", "dev", "--cwd", RepoPaths.Root, "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Previewing update (dev):", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(" +   pulumi:pulumi:Stack", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\+   (│  |   )*[├└]─ iris:network:Network +network +create", run.Stdout);
        Assert.Matches(@"[├└]─ aws:ec2/vpc:Vpc +network-vpc +create", run.Stdout);
        Assert.Contains("PASSED iris-stack-policies", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"Resources:\s+\+ \d+ to create", run.Stdout);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public async Task Prod_ShowsOneNatGatewayPerZone()
    {
        var run = await CliRun.Of("preview", "--stack", "prod", "--cwd", RepoPaths.Root, "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, run.Stdout.Split('\n').Count(l => l.Contains("aws:ec2/natGateway:NatGateway", StringComparison.Ordinal) && !l.Contains("Not covered", StringComparison.Ordinal)));
        foreach (var zone in new[] { "eu-west-1a", "eu-west-1b", "eu-west-1c" })
        {
            Assert.Contains($"network-nat-{zone}", run.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Dev_WritesAPlanWithUrnsTypesParentsAndReferences()
    {
        await CliRun.Of("preview", "--stack", "dev", "--cwd", RepoPaths.Root, "--out", output);

        using var plan = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "plan.json")));
        var resources = plan.RootElement.GetProperty("resources").EnumerateArray().ToList();
        var subnet = resources.Single(r => r.GetProperty("name").GetString() == "network-private-eu-west-1a");
        Assert.Equal("urn:pulumi:dev::iris-stack::iris:network:Network$aws:ec2/subnet:Subnet::network-private-eu-west-1a", subnet.GetProperty("urn").GetString());
        Assert.Equal("urn:pulumi:dev::iris-stack::iris:network:Network::network", subnet.GetProperty("parent").GetString());
        Assert.Equal("${network-vpc.id}", subnet.GetProperty("inputs").GetProperty("vpcId").GetString());
        Assert.True(plan.RootElement.GetProperty("policies").GetProperty("passed").GetBoolean());
        Assert.Equal("${network-vpc.id}", plan.RootElement.GetProperty("outputs").GetProperty("vpcId").GetString());
    }

    [Fact]
    public async Task Dev_PlanJson_Snapshot()
    {
        var run = await CliRun.Of("preview", "--stack", "dev", "--cwd", RepoPaths.Root, "--out", output);
        var plan = File.ReadAllText(Path.Combine(output, "plan.json"));

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(plan);
        var resources = document.RootElement.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(190, resources.Count);
        // The edge's web ACL goes through the edge's own us-east-1 provider, under the edge component.
        var webAcl = resources.Single(r => r.GetProperty("type").GetString() == "aws:wafv2/webAcl:WebAcl");
        Assert.Equal("urn:pulumi:dev::iris-stack::iris:edge:Edge::edge", webAcl.GetProperty("parent").GetString());
        Assert.Equal("CLOUDFRONT", webAcl.GetProperty("inputs").GetProperty("scope").GetString());
        Assert.DoesNotContain("\"secure\"", plan, StringComparison.Ordinal);
        Snapshooter.Xunit.Snapshot.Match(plan);
    }

    [Fact]
    public async Task TwoRuns_WriteByteIdenticalPlans()
    {
        var second = output + "-again";
        try
        {
            var first = await CliRun.Of("preview", "--stack", "prod", "--cwd", RepoPaths.Root, "--out", output);
            var again = await CliRun.Of("preview", "--stack", "prod", "--cwd", RepoPaths.Root, "--out", second);

            Assert.Equal(File.ReadAllBytes(Path.Combine(output, "plan.json")), File.ReadAllBytes(Path.Combine(second, "plan.json")));
            Assert.Equal(first.Stdout.Replace(output, "OUT", StringComparison.Ordinal), again.Stdout.Replace(second, "OUT", StringComparison.Ordinal));
        }
        finally
        {
            if (Directory.Exists(second))
            {
                Directory.Delete(second, recursive: true);
            }
        }
    }

    [Fact]
    public async Task InvalidCidr_ExitsTwoNamingTheKey_AndWritesNothing()
    {
        using var project = TempProject.With("bad", "config:\n  aws:region: eu-west-1\n  iris-stack:accountId: \"123456789012\"\n  iris-stack:network: {cidr: 10.0.0.0/33}\n");

        var run = await CliRun.Of("preview", "--stack", "bad", "--cwd", project.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("iris-stack:network.cidr", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Fix:", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal(["Pulumi.bad.yaml", "Pulumi.yaml"], project.Files());
    }

    [Fact]
    public async Task MandatoryViolation_ExitsOne()
    {
        using var project = TempProject.With("weak", """
            config:
              aws:region: eu-west-1
              iris-stack:accountId: "123456789012"
              iris-stack:network: {flowLogRetentionDays: 30}
              iris-stack:policies: {minimumLogRetentionDays: 365}

            """);

        var run = await CliRun.Of("preview", "--stack", "weak", "--cwd", project.Path, "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("FAILED iris-stack-policies", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("[mandatory]  log-group-retention  (aws:cloudwatch/logGroup:LogGroup: network-flow-logs) [retentionInDays]", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Retention is 30 days; the stack requires at least 365.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdvisoryViolation_ExitsZero()
    {
        using var project = TempProject.With("soft", """
            config:
              aws:region: eu-west-1
              iris-stack:accountId: "123456789012"
              iris-stack:network: {flowLogRetentionDays: 30}
              iris-stack:policies:
                minimumLogRetentionDays: 365
                levels: {log-group-retention: advisory}

            """);

        var run = await CliRun.Of("preview", "--stack", "soft", "--cwd", project.Path, "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[advisory]  log-group-retention", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOption_ExitsTwo()
    {
        var run = await CliRun.Of("preview", "--stak", "dev");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--stak", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretValues_NeverAppearInOutputOrFiles()
    {
        using var project = TempProject.DevWith("secret", "  iris-stack:unusedSecret:\n    secure: v1:TOPSECRETCIPHERTEXT\n");

        var run = await CliRun.Of("preview", "--stack", "secret", "--cwd", project.Path, "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("TOPSECRET", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.Contains("iris-stack:unusedSecret", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
