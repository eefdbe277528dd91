using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;
using static IrisStack.Policies.Tests.Rules.Edge.AlbFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class LoadBalancerListenerAcmCertificateTests
{
    private readonly LoadBalancerListenerAcmCertificate policy = new();

    private static ResourceGraph WithListener(Func<ResourceNode, ResourceNode> change, params ResourceNode[] added)
    {
        var graph = Graph();
        return graph.Replace(change(graph.OfType(ListenerType).Single()), added);
    }

    [Fact]
    public void TheEdgeListener_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph(), Context));

    [Fact]
    public void AnAcmCertificateOfTheStack_IsCompliant()
    {
        var certificate = new ResourceNode("aws:acm/certificate:Certificate", "edge-alb-certificate", NodeKind.Custom, "edge", MapValue.Of(("domainName", "origin.example.com")), ResourceOptions.None);
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(WithListener(l => l.With("certificateArn", new OutputReference("edge-alb-certificate", "arn")), certificate), Context));
    }

    [Fact]
    public void IamServerCertificate_IsFlagged()
    {
        var finding = Single(policy.Evaluate(WithListener(l => l.With("certificateArn", "arn:aws:iam::123456789012:server-certificate/edge")), Context));
        Assert.Equal(("edge-alb-https", "certificateArn"), (finding.Resource, finding.Property));
        Assert.Contains("is not an ACM certificate", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCertificate_IsFlagged() =>
        Assert.Equal("The listener names no certificate.", Single(policy.Evaluate(WithListener(l => l.With("certificateArn", null)), Context)).Message);

    [Fact]
    public void AReferenceToSomethingElse_IsFlagged() =>
        Assert.Equal("certificateArn", Single(policy.Evaluate(WithListener(l => l.With("certificateArn", new OutputReference("edge-alb-sg", "arn"))), Context)).Property);

    [Fact]
    public void HttpListenersOnly_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(WithListener(l => l.With("protocol", "HTTP")), Context));
}
