using IrisStack.Components.Data.Backups;

namespace IrisStack.Components.Tests.Data.Backups;

public sealed class BackupScheduleTests
{
    [Theory]
    [InlineData("cron(0 3 * * ? *)", 1)]
    [InlineData("cron(0/30 * * * ? *)", 1)]
    [InlineData("cron(0 3 ? * MON-FRI *)", 7)]
    [InlineData("cron(0 3 ? * 1 *)", 7)]
    [InlineData("cron(0 3 15 * ? *)", 31)]
    [InlineData("cron(0 3 L * ? *)", 31)]
    [InlineData("cron(0 3 1 6 ? *)", 366)]
    public void LongestGap_IsTheCoarsestRestrictedField(string expression, int days) =>
        Assert.Equal(days, BackupSchedule.Parse(expression).Schedule?.LongestGapDays);

    [Theory]
    [InlineData("rate(1 day)")]
    [InlineData("cron(0 3 1 * MON *)")]
    [InlineData("cron(0 3 * * ? 2030)")]
    [InlineData("cron(0 3am * * ? *)")]
    public void NotAcceptedExpressions_SayWhy(string expression)
    {
        var (schedule, problem) = BackupSchedule.Parse(expression);
        Assert.Null(schedule);
        Assert.Contains(expression, problem, StringComparison.Ordinal);
    }
}
