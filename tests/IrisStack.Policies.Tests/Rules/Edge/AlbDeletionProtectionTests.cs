using IrisStack.Policies.Rules.Edge;
using static IrisStack.Policies.Tests.Rules.Edge.AlbFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class AlbDeletionProtectionTests
{
    private static readonly PolicyContext Protecting = Context with { RequireProtection = true };

    private readonly AlbDeletionProtection policy = new();

    [Fact]
    public void TheProtectedEdgeAlb_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph(deletionProtection: true), Protecting));

    [Fact]
    public void Unprotected_OnAStackThatProtects_IsFlagged()
    {
        var finding = Single(policy.Evaluate(Graph(deletionProtection: false), Protecting));
        Assert.Equal(("edge-alb", "enableDeletionProtection"), (finding.Resource, finding.Property));
        Assert.Contains("iris-stack:edge.alb.deletionProtection", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void OnAStackThatDoesNotProtect_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Graph(deletionProtection: false), Context));
}
