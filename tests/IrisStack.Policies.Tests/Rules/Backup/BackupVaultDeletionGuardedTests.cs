using System.Text.Json.Nodes;
using IrisStack.Components.Data.Backups;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Backup;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Backup.BackupFixture;

namespace IrisStack.Policies.Tests.Rules.Backup;

public sealed class BackupVaultDeletionGuardedTests
{
    private readonly BackupVaultDeletionGuarded policy = new();

    private static ResourceGraph WithGuard(Action<JsonObject> change)
    {
        var document = BackupVaultPolicy.Document(BreakGlass);
        change(document["Statement"]![0]!.AsObject());
        return With(VaultPolicy, n => n.Set("policy", JsonTemplate.Render(document)));
    }

    [Fact]
    public void TheLayersVaultPolicy_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph(), Context));

    [Fact]
    public void NoVaultPolicy_FlagsTheVault() =>
        Outcomes.Single(policy.Evaluate(Without(VaultPolicy), Context), Vault, string.Empty);

    [Fact]
    public void DeleteRecoveryPointMissing_FlagsThePolicy()
    {
        var finding = Outcomes.Single(policy.Evaluate(WithGuard(s => s["Action"] = new JsonArray([.. BackupVaultPolicy.GuardedActions.Where(a => a != "backup:DeleteRecoveryPoint").Select(a => (JsonNode)a)])), Context), VaultPolicy, "policy");
        Assert.Contains("covers backup:DeleteRecoveryPoint.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowInsteadOfDeny_FlagsThePolicy() =>
        Outcomes.Single(policy.Evaluate(WithGuard(s => s["Effect"] = "Allow"), Context), VaultPolicy, "policy");

    [Fact]
    public void ASinglePrincipalInsteadOfEveryone_FlagsThePolicy() =>
        Outcomes.Single(policy.Evaluate(WithGuard(s => s["Principal"] = new JsonObject { ["AWS"] = "arn:aws:iam::123456789012:role/someone" }), Context), VaultPolicy, "policy");

    [Fact]
    public void AnExceptionByAnythingButThePrincipalArn_FlagsThePolicy() =>
        Outcomes.Single(policy.Evaluate(WithGuard(s => s["Condition"] = new JsonObject { ["StringNotEquals"] = new JsonObject { ["aws:RequestedRegion"] = "eu-west-1" } }), Context), VaultPolicy, "policy");

    [Fact]
    public void EveryoneAsAwsWildcard_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(WithGuard(s => s["Principal"] = new JsonObject { ["AWS"] = "*" }), Context));

    [Fact]
    public void NoVault_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Unrelated(), Context));
}
