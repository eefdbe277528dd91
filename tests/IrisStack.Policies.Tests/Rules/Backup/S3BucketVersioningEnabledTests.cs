using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Backup;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Backup.BackupFixture;

namespace IrisStack.Policies.Tests.Rules.Backup;

public sealed class S3BucketVersioningEnabledTests
{
    private readonly S3BucketVersioningEnabled policy = new();

    [Fact]
    public void BothBucketsVersioned_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph(), Context));

    [Fact]
    public void Suspended_FlagsTheBucket() =>
        Outcomes.Single(policy.Evaluate(With($"{Exports}-versioning", n => n.Set("versioningConfiguration.status", new StringValue("Suspended"))), Context), Exports, string.Empty);

    [Fact]
    public void NoVersioningSetting_FlagsTheBucket() =>
        Outcomes.Single(policy.Evaluate(Graph(n => n.Name == $"{Logs}-versioning" ? null : n.Name == $"{Logs}-lifecycle" ? n with { Options = n.Options with { DependsOn = [] } } : n), Context), Logs, string.Empty);

    [Fact]
    public void NoBucket_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Unrelated(), Context));
}
