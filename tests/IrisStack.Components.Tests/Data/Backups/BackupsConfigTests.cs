using System.Text.Json.Nodes;
using IrisStack.Components.Aws;
using IrisStack.Components.Data.Backups;
using static IrisStack.Components.Tests.Data.Backups.BackupsSections;

namespace IrisStack.Components.Tests.Data.Backups;

public sealed class BackupsConfigTests
{
    [Fact]
    public void Defaults_DailyAt3Utc_Kept35Days_ExportsLockedInGovernanceMode()
    {
        var config = Read(With());
        Assert.Equal((BreakGlass, "cron(0 3 * * ? *)", 1, 35, (int?)null), (config.BreakGlassRoleArn, config.Schedule.Expression, config.Schedule.LongestGapDays, config.RetentionDays, config.ColdStorageAfterDays));
        Assert.Equal(new ObjectLockRetention(ObjectLockMode.Governance, 30), config.ExportBucket.ObjectLock);
        Assert.Equal((90, (int?)null, 365), (config.ExportBucket.NoncurrentVersionExpirationDays, config.ExportBucket.ArchiveAfterDays, config.ExportBucket.AccessLogRetentionDays));
    }

    [Fact]
    public void BreakGlassRole_Unset_LeavesTheRootUserAlone()
    {
        // IrisBackupsTests check that the vault policy then excepts only arn:aws:iam::<account>:root.
        Assert.Null(BackupsSections.Read([]).BreakGlassRoleArn);
    }

    [Theory]
    [InlineData("backup-break-glass")]
    [InlineData("arn:aws:iam::123456789012:user/alice")]
    [InlineData("arn:aws:iam::1234:role/x")]
    public void BreakGlassRole_NotARoleArn_NamesTheKey(string arn)
    {
        var error = Error(new JsonObject { ["breakGlassRoleArn"] = arn });
        Assert.Contains($"iris-stack:data.backups.breakGlassRoleArn: '{arn}' is not an IAM role ARN", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cron(0 3 ? * SUN *)", 6)]
    [InlineData("cron(0 3 1 * ? *)", 30)]
    [InlineData("cron(0 3 1 1,7 ? *)", 200)]
    public void Retention_ShorterThanTheSchedule_NamesRetentionDaysAndTheGap(string schedule, int retention)
    {
        var error = Error(With(new JsonObject { ["schedule"] = schedule, ["retentionDays"] = retention.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Assert.Contains($"iris-stack:data.backups.retentionDays: {retention} days is shorter than the schedule '{schedule}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("set it to at least", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cron(0 3 ? * SUN *)", 7)]
    [InlineData("cron(0 3 1 * ? *)", 31)]
    [InlineData("cron(0 */6 * * ? *)", 1)]
    public void Retention_CoveringTheSchedule_IsAccepted(string schedule, int retention) =>
        Assert.Equal(retention, Read(With(new JsonObject { ["schedule"] = schedule, ["retentionDays"] = retention.ToString(System.Globalization.CultureInfo.InvariantCulture) })).RetentionDays);

    [Theory]
    [InlineData("0 3 * * ? *")]
    [InlineData("cron(0 3 * * *)")]
    [InlineData("cron(0 3 * * * *)")]
    [InlineData("cron(0 3 ? * ? *)")]
    [InlineData("cron(0 3 * * ? 2027)")]
    [InlineData("cron(x 3 * * ? *)")]
    public void Schedule_NotAnAwsCronExpression_NamesTheKey(string schedule)
    {
        var error = Error(With(new JsonObject { ["schedule"] = schedule }));
        Assert.Contains($"iris-stack:data.backups.schedule: '{schedule}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ColdStorage_LessThan90DaysBeforeDeletion_NamesRetentionDays()
    {
        var error = Error(With(new JsonObject { ["coldStorageAfterDays"] = "30", ["retentionDays"] = "100" }));
        Assert.Contains("iris-stack:data.backups.retentionDays: 100 days leaves less than 90 days in cold storage", error.Message, StringComparison.Ordinal);
        Assert.Equal(30, Read(With(new JsonObject { ["coldStorageAfterDays"] = "30", ["retentionDays"] = "120" })).ColdStorageAfterDays);
    }

    [Fact]
    public void ObjectLock_Compliance_AndOff()
    {
        Assert.Equal(new ObjectLockRetention(ObjectLockMode.Compliance, 60),
            Read(With(new JsonObject { ["exportBucket"] = new JsonObject { ["objectLock"] = new JsonObject { ["mode"] = "compliance", ["retentionDays"] = "60" }, ["noncurrentVersionExpirationDays"] = "60" } })).ExportBucket.ObjectLock);
        Assert.Null(Read(With(new JsonObject { ["exportBucket"] = new JsonObject { ["objectLock"] = new JsonObject { ["enabled"] = "false" } } })).ExportBucket.ObjectLock);
    }

    [Fact]
    public void NoncurrentExpiration_BelowTheLock_NamesTheKey()
    {
        var error = Error(With(new JsonObject { ["exportBucket"] = new JsonObject { ["objectLock"] = new JsonObject { ["retentionDays"] = "60" }, ["noncurrentVersionExpirationDays"] = "30" } }));
        Assert.Contains("iris-stack:data.backups.exportBucket.noncurrentVersionExpirationDays: 30 is below objectLock.retentionDays (60)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VaultLock_OffByDefault_AndItsBoundsMustHoldTheRetention()
    {
        Assert.Null(Read(With()).VaultLock);
        Assert.Equal(new VaultLock(7, 3650, null), Read(With(new JsonObject { ["vaultLock"] = new JsonObject { ["enabled"] = "true" } })).VaultLock);
        var error = Error(With(new JsonObject { ["retentionDays"] = "35", ["vaultLock"] = new JsonObject { ["enabled"] = "true", ["minRetentionDays"] = "40", ["maxRetentionDays"] = "30", ["changeableForDays"] = "2" } }));
        Assert.Contains("iris-stack:data.backups.vaultLock.minRetentionDays: 40 is above retentionDays (35)", error.Message, StringComparison.Ordinal);
        Assert.Contains("iris-stack:data.backups.vaultLock.maxRetentionDays: 30 is below retentionDays (35)", error.Message, StringComparison.Ordinal);
        Assert.Contains("iris-stack:data.backups.vaultLock.changeableForDays: 2 is below AWS Backup's minimum grace time of 3 days", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKey_IsRefused()
    {
        var error = Error(With(new JsonObject { ["retention"] = "35" }));
        Assert.Contains("iris-stack:data.backups.retention", error.Message, StringComparison.Ordinal);
    }
}
