using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Backup;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Backup.BackupFixture;

namespace IrisStack.Policies.Tests.Rules.Backup;

public sealed class BackupVaultEncryptedWithCmkTests
{
    private readonly BackupVaultEncryptedWithCmk policy = new();

    [Fact]
    public void VaultWithTheStacksKey_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph()[Vault], Context));

    [Fact]
    public void Key_Unset_FlagsKmsKeyArn() =>
        Outcomes.Single(policy.Evaluate(Graph()[Vault].Set("kmsKeyArn", null), Context), Vault, "kmsKeyArn");

    [Fact]
    public void Key_AwsManagedAlias_FlagsKmsKeyArn()
    {
        var finding = Outcomes.Single(policy.Evaluate(Graph()[Vault].Set("kmsKeyArn", new StringValue("arn:aws:kms:eu-west-1:123456789012:alias/aws/backup")), Context), Vault, "kmsKeyArn");
        Assert.Contains("AWS-managed", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherTypes_AreNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Graph()[Exports], Context));
}
