using IrisStack.Tests.Shared;

namespace IrisStack.Cli.Tests;

public sealed class RenderAndGraphCommandTests
{
    [Fact]
    public async Task Render_WithoutOut_IsAUsageError()
    {
        var run = await CliRun.Of("render", "--stack", "dev", "--cwd", RepoPaths.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_Mermaid_ShowsTheNetworkLayerWithItsResources()
    {
        var run = await CliRun.Of("graph", "--stack", "prod", "--cwd", RepoPaths.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("flowchart LR", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("subgraph network[\"Network (VPC, subnets, NAT, flow logs)\"]", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("3 × aws:ec2/natGateway:NatGateway", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_Dot_IsADigraph()
    {
        var run = await CliRun.Of("graph", "--stack", "dev", "--cwd", RepoPaths.Root, "--format", "dot");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("digraph \"iris-stack-dev\" {", run.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("}\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_UnknownFormat_IsAUsageError()
    {
        var run = await CliRun.Of("graph", "--format", "svg");

        Assert.Equal(2, run.ExitCode);
    }
}
