using IrisStack.Policies.Rules.Cluster;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Backup.BackupFixture;

namespace IrisStack.Policies.Tests.Rules.Backup;

/// <summary>stateful-resources-protected over the backup vault and the buckets.</summary>
public sealed class StatefulBackupResourcesProtectedTests
{
    private static readonly PolicyContext Protecting = Context with { RequireProtection = true };

    private readonly StatefulResourcesProtected policy = new();

    [Fact]
    public void VaultBucketsAndKeysProtected_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph(protect: true), Protecting));

    [Fact]
    public void AnUnprotectedBucket_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Graph(n => n.Name == Exports ? n with { Options = n.Options with { Protect = false } } : n, protect: true), Protecting), Exports, "options.protect");

    [Fact]
    public void StackBuiltWithoutProtection_FlagsTheVaultTheBucketsAndTheKeys()
    {
        var outcome = Assert.IsType<PolicyOutcome.ViolationsOutcome>(policy.Evaluate(Graph(), Protecting));
        Assert.Equal(["data-backup-key", Vault, "data-exports-key", Exports, Logs], outcome.Findings.Select(f => f.Resource));
    }
}
