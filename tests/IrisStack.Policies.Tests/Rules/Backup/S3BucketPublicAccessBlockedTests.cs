using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Backup;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Backup.BackupFixture;

namespace IrisStack.Policies.Tests.Rules.Backup;

public sealed class S3BucketPublicAccessBlockedTests
{
    private readonly S3BucketPublicAccessBlocked policy = new();

    [Fact]
    public void AllFourOnBothBuckets_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph(), Context));

    [Theory]
    [InlineData("blockPublicAcls")]
    [InlineData("blockPublicPolicy")]
    [InlineData("ignorePublicAcls")]
    [InlineData("restrictPublicBuckets")]
    public void OneFlagOff_FlagsIt(string flag) =>
        Outcomes.Single(policy.Evaluate(With($"{Exports}-public-access", n => n.Set(flag, new BoolValue(false))), Context), $"{Exports}-public-access", flag);

    [Fact]
    public void NoBlock_FlagsTheBucket() =>
        Outcomes.Single(policy.Evaluate(Graph(n => n.Name == $"{Logs}-public-access" ? null : n.Name == $"{Logs}-policy" ? n with { Options = n.Options with { DependsOn = [] } } : n), Context), Logs, string.Empty);

    [Fact]
    public void NoBucket_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Unrelated(), Context));
}
