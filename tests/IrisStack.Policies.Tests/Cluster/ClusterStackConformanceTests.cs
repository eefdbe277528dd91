using IrisStack.Components.Config;
using IrisStack.Policies.Rules.Cluster;
using IrisStack.Stack;
using IrisStack.Tests.Shared;

namespace IrisStack.Policies.Tests.Cluster;

public class ClusterStackConformanceTests
{
    // The CronJob and the Role exist only with data.backups.consistentSnapshots, which neither stack file enables yet;
    // ConsistentSnapshotsTests run both policies on a graph that has them.
    private static readonly string[] SnapshotJobPolicies = ["k8s-cronjob-pods-hardened", "k8s-exec-granted-by-name"];

    public static TheoryData<string> Stacks => ["dev", "prod"];

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Stack_PassesEveryMandatoryPolicy(string stack)
    {
        var evaluation = StackEvaluation.Evaluate(new StackFileConfigSource(RepoPaths.Root, stack), PolicyPack.Default());

        Assert.Equal(0, evaluation.Report.MandatoryViolations);
        Assert.True(evaluation.Report.Passed);
        Assert.Contains(evaluation.Build.Graph.Nodes, n => n.Type == "eks:index:Cluster");
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Stack_EveryPolicyCheckedSomethingAndPassed(string stack)
    {
        // Passed, not NotApplicable: each policy found at least one resource it is about and judged it.
        // Only the protection policies may not apply on dev (it does not require protection), the geo
        // rule's (neither stack sets a geo rule), the static origin's (neither serves one), and the
        // snapshot job's (off on both).
        var report = StackEvaluation.Evaluate(new StackFileConfigSource(RepoPaths.Root, stack), PolicyPack.Default()).Report;
        // The Kong and ElastiCache policies wait until the stacks build the API gateway layer.
        string[] notYetBuilt = [.. PolicyPack.Default().Policies.Where(p => p.Layer == "apigateway").Select(p => p.Id)];
        var expectedNotApplicable = (stack == "dev" ? new[] { "stateful-resources-protected", "alb-deletion-protection" } : []).Append("waf-geo-rule-blocks").Append("cloudfront-s3-origin-oac").Concat(notYetBuilt).Concat(SnapshotJobPolicies).ToArray();
        Assert.All(report.Results.Where(r => expectedNotApplicable.Contains(r.Policy.Id)), r => Assert.Equal(PolicyStatus.NotApplicable, r.Status));

        Assert.All(report.Results.Where(r => !expectedNotApplicable.Contains(r.Policy.Id)), r =>
            Assert.True(r.Status == PolicyStatus.Passed, $"{r.Policy.Id}: {r.Status} {string.Join("; ", r.Violations.Select(v => v.Message))}"));
        Assert.Empty(report.UnmatchedSuppressions);
    }

    [Fact]
    public void Prod_AppliesEveryClusterPolicy()
    {
        var report = StackEvaluation.Evaluate(new StackFileConfigSource(RepoPaths.Root, "prod"), PolicyPack.Default()).Report;
        var cluster = report.Results.Where(r => r.Policy.Layer == "cluster").ToList();

        Assert.Equal(20, cluster.Count);
        // The edge's ALB listener is the stack's one listener, so lb-listener-tls12 applies.
        Assert.All(cluster.Where(r => !SnapshotJobPolicies.Contains(r.Policy.Id)), r => Assert.Equal(PolicyStatus.Passed, r.Status));
        Assert.All(cluster.Where(r => SnapshotJobPolicies.Contains(r.Policy.Id)), r => Assert.Equal(PolicyStatus.NotApplicable, r.Status));
        Assert.All(cluster, r => Assert.Equal(EnforcementLevel.Mandatory, r.Level));
    }

    [Fact]
    public void Dev_DoesNotRequireProtection()
    {
        var report = StackEvaluation.Evaluate(new StackFileConfigSource(RepoPaths.Root, "dev"), PolicyPack.Default()).Report;

        Assert.Equal(PolicyStatus.NotApplicable, report.Results.Single(r => r.Policy is StatefulResourcesProtected).Status);
    }

    [Fact]
    public void ClusterPolicies_HaveMetadata()
    {
        var cluster = PolicyPack.Default().Policies.Where(p => p.Layer == "cluster").ToList();

        Assert.All(cluster, p => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", p.Id));
        Assert.All(cluster, p => Assert.False(string.IsNullOrWhiteSpace(p.Description)));
        Assert.All(cluster, p => Assert.False(string.IsNullOrWhiteSpace(p.Rationale)));
    }
}
