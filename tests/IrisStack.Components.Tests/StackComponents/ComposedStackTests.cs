using IrisStack.Components.Graph;
using IrisStack.Policies;
using IrisStack.Stack;
using IrisStack.Stack.Components;
using IrisStack.Tests.Shared;

namespace IrisStack.Components.Tests.StackComponents;

/// <summary>
/// The Pulumi program builds the stack as three components, each from its own subgraph; the
/// offline preview builds it as one graph. Bound together, the components must be that graph.
/// </summary>
public sealed class ComposedStackTests
{
    private static StackEvaluation Evaluate(string stack) => new(RealStacks.Config(stack), RealStacks.Build(stack), PolicyRunner.Run(PolicyPack.Default(), RealStacks.Build(stack).Graph, RealStacks.Config(stack).Policies));

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void Components_BoundTogether_AreTheBlueprintGraph(string stack)
    {
        var evaluation = Evaluate(stack);
        var builds = StackComponentBuilds.From(evaluation);

        Assert.Equal(evaluation.Build.Graph.Nodes, builds.Bound());
        Assert.Equal(evaluation.Build.Artifacts.Where(a => a.Path.StartsWith("webgateway/", StringComparison.Ordinal)), builds.WebGateway.Artifacts);
        Assert.All([builds.Network.Report, builds.Cluster.Report, builds.WebGateway.Report], r => Assert.True(r.Passed));
    }

    [Fact]
    public void Components_ThatDifferFromTheCheckedGraph_AreRefused()
    {
        var evaluation = Evaluate("dev");
        var config = evaluation.Config with { WebGateway = evaluation.Config.WebGateway with { Replicas = evaluation.Config.WebGateway.Replicas + 1 } };

        var error = Assert.Throws<InvalidOperationException>(() => StackComponentBuilds.From(evaluation with { Config = config }));

        Assert.Contains("'webgateway-deployment'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_AnUnboundInput_IsRefused()
    {
        var specs = StackComponentSpecs.From(RealStacks.Config("dev"));
        var cluster = ClusterComponent.Build("cluster", specs.Cluster);

        var error = Assert.Throws<InvalidOperationException>(() => ComponentGraphs.Bind(cluster.Graph, new Dictionary<string, Value>(), new Dictionary<string, string>()));

        Assert.Contains("network.", error.Message, StringComparison.Ordinal);
    }
}
