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
        // Only the protection policy may not apply (dev does not require protection), the listener
        // policy (the stack declares no listener, the load balancer controller makes them at run time),
        // and the geo rule's: neither stack sets a geo rule.
        var report = StackEvaluation.Evaluate(new StackFileConfigSource(RepoPaths.Root, stack), PolicyPack.Default()).Report;
        // The CloudFront, ALB, Kong and ElastiCache policies wait until the stacks build the
        // distribution, the ALB and the API gateway layer; the WAF's apply already.
        string[] notYetBuilt = [.. PolicyPack.Default().Policies.Where(p => p.Layer == "apigateway" || (p.Layer == "edge" && !p.Id.StartsWith("waf-", StringComparison.Ordinal))).Select(p => p.Id)];
        var expectedNotApplicable = (stack == "dev" ? new[] { "stateful-resources-protected", "lb-listener-tls12" } : ["lb-listener-tls12"]).Append("waf-geo-rule-blocks").Concat(notYetBuilt).Concat(SnapshotJobPolicies).ToArray();
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
        Assert.All(cluster.Where(r => r.Policy is not LoadBalancerListenerTls12 && !SnapshotJobPolicies.Contains(r.Policy.Id)), r => Assert.Equal(PolicyStatus.Passed, r.Status));
        Assert.Equal(PolicyStatus.NotApplicable, cluster.Single(r => r.Policy is LoadBalancerListenerTls12).Status);
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
