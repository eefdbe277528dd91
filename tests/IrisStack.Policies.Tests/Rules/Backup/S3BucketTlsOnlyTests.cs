using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Backup;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Backup.BackupFixture;

namespace IrisStack.Policies.Tests.Rules.Backup;

public sealed class S3BucketTlsOnlyTests
{
    private readonly S3BucketTlsOnly policy = new();

    [Fact]
    public void BothBucketsDenyPlainHttp_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph(), Context));

    [Fact]
    public void DenyOnTheObjectsOnly_FlagsThePolicy() =>
        Outcomes.Single(policy.Evaluate(With($"{Exports}-policy", n => n.Set("policy", new InterpolationValue([
            new StringValue("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\""),
            new OutputReference(Exports, "arn"),
            new StringValue("""/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"""),
        ]))), Context), $"{Exports}-policy", "policy");

    [Fact]
    public void DenyWithAnExtraCondition_FlagsThePolicy() =>
        Outcomes.Single(policy.Evaluate(With($"{Exports}-policy", n => n.Set("policy", new InterpolationValue([
            new StringValue("""{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["""),
            new OutputReference(Exports, "arn"),
            new StringValue("\",\""),
            new OutputReference(Exports, "arn"),
            new StringValue("""/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"},"StringEquals":{"aws:RequestedRegion":"eu-west-1"}}}]}"""),
        ]))), Context), $"{Exports}-policy", "policy");

    [Fact]
    public void NoBucketPolicy_FlagsTheBucket() =>
        Outcomes.Single(policy.Evaluate(Without($"{Exports}-policy"), Context), Exports, string.Empty);

    [Fact]
    public void NoBucket_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Unrelated(), Context));
}
