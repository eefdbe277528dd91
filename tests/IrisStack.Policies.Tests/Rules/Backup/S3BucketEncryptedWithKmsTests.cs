using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Backup;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Backup.BackupFixture;

namespace IrisStack.Policies.Tests.Rules.Backup;

public sealed class S3BucketEncryptedWithKmsTests
{
    private readonly S3BucketEncryptedWithKms policy = new();

    private static ResourceGraph WithRule(string bucket, MapValue rule) =>
        With($"{bucket}-encryption", n => n.Set("rules", ListValue.Of(rule)));

    private static MapValue Sse(string algorithm, Value? key = null, bool bucketKey = true) => MapValue.Of(
        ("applyServerSideEncryptionByDefault", MapValue.Of(("sseAlgorithm", algorithm), ("kmsMasterKeyId", key))),
        ("bucketKeyEnabled", bucketKey));

    [Fact]
    public void ExportsWithTheCmk_LogsWithSseS3_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph(), Context));

    [Fact]
    public void ExportsWithSseS3_FlagsTheAlgorithm()
    {
        var finding = Outcomes.Single(policy.Evaluate(WithRule(Exports, Sse("AES256")), Context), $"{Exports}-encryption", "rules[0].applyServerSideEncryptionByDefault.sseAlgorithm");
        Assert.Contains("only on server access and load balancer log buckets", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LogBucketNoLongerATarget_WithSseS3_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Without($"{Exports}-logging"), Context), $"{Logs}-encryption", "rules[0].applyServerSideEncryptionByDefault.sseAlgorithm");

    [Fact]
    public void AlbAccessLogBucket_WithSseS3_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Edge.AlbFixture.Graph(), Context));

    [Fact]
    public void AlbLogBucket_NoLongerReceivingAccessLogs_WithSseS3_IsFlagged()
    {
        var graph = Edge.AlbFixture.Graph();
        var alb = graph.OfType(Edge.AlbFixture.LoadBalancerType).Single();
        Outcomes.Single(policy.Evaluate(Edge.AlbFixture.Replace(graph, Edge.WafFixture.With(alb, "accessLogs", null)), Context), "edge-alb-logs-encryption", "rules[0].applyServerSideEncryptionByDefault.sseAlgorithm");
    }

    [Fact]
    public void AwsManagedKey_FlagsTheKey() =>
        Outcomes.Single(policy.Evaluate(WithRule(Exports, Sse("aws:kms")), Context), $"{Exports}-encryption", "rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyId");

    [Fact]
    public void NoBucketKey_FlagsBucketKeyEnabled() =>
        Outcomes.Single(policy.Evaluate(WithRule(Exports, Sse("aws:kms", new OutputReference("data-exports-key", "arn"), bucketKey: false)), Context), $"{Exports}-encryption", "rules[0].bucketKeyEnabled");

    [Fact]
    public void NoEncryptionSetting_FlagsTheBucket() =>
        Outcomes.Single(policy.Evaluate(Without($"{Exports}-encryption"), Context), Exports, string.Empty);

    [Fact]
    public void NoBucket_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Unrelated(), Context));
}
