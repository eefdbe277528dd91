using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;
using static IrisStack.Policies.Tests.Rules.Edge.WafFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class WafLoggingEnabledTests
{
    private readonly WafLoggingEnabled policy = new();

    private static ResourceGraph Rebuilt(ResourceGraph graph, Func<ResourceNode, bool> keep)
    {
        var builder = new GraphBuilder(graph.Project, graph.Stack);
        foreach (var node in graph.Nodes.Where(keep))
        {
            builder.Add(node);
        }

        return builder.Build();
    }

    [Fact]
    public void TheEdgeGraph_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph(), Context));

    [Fact]
    public void WafDetachedFromItsLogging_IsFlagged()
    {
        var outcome = policy.Evaluate(Rebuilt(Graph(), n => n.Type != LoggingType), Context);
        var finding = Assert.Single(Assert.IsType<PolicyOutcome.ViolationsOutcome>(outcome).Findings);
        Assert.Equal(("edge-waf", "The web ACL has no logging configuration."), (finding.Resource, finding.Message));
    }

    [Fact]
    public void NoWebAcl_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Rebuilt(Graph(), n => n.Type is not (WebAclType or LoggingType)), Context));
}
