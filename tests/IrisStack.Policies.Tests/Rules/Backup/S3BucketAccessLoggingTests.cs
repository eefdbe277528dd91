using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Backup;
using static IrisStack.Policies.Tests.Rules.Backup.BackupFixture;

namespace IrisStack.Policies.Tests.Rules.Backup;

public sealed class S3BucketAccessLoggingTests
{
    private readonly S3BucketAccessLogging policy = new();

    [Fact]
    public void ExportsLogToTheLogBucket_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph(), Context));

    [Fact]
    public void NoLogging_FlagsTheExports_AndTheLogBucketIsNoLongerExempt()
    {
        var outcome = Assert.IsType<PolicyOutcome.ViolationsOutcome>(policy.Evaluate(Without($"{Exports}-logging"), Context));
        Assert.Equal([Exports, Logs], outcome.Findings.Select(f => f.Resource).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LoggingIntoItself_FlagsTheBucket_AndTheLogBucketIsNoLongerExempt()
    {
        var outcome = Assert.IsType<PolicyOutcome.ViolationsOutcome>(policy.Evaluate(With($"{Exports}-logging", n => n.Set("targetBucket", new OutputReference(Exports, "bucket"))), Context));
        Assert.Equal([Exports, Logs], outcome.Findings.Select(f => f.Resource).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AlbAccessLogBucket_IsExempt() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Edge.AlbFixture.Graph(), Context));

    [Fact]
    public void AlbLogBucket_NoLongerReceivingAccessLogs_IsFlagged()
    {
        var graph = Edge.AlbFixture.Graph();
        var alb = graph.OfType(Edge.AlbFixture.LoadBalancerType).Single();
        var outcome = Assert.IsType<PolicyOutcome.ViolationsOutcome>(policy.Evaluate(Edge.AlbFixture.Replace(graph, Edge.WafFixture.With(alb, "accessLogs", null)), Context));
        Assert.Equal("edge-alb-logs", Assert.Single(outcome.Findings).Resource);
    }

    [Fact]
    public void NoBucket_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Unrelated(), Context));
}
