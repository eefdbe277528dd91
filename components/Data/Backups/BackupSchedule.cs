using System.Text.RegularExpressions;

namespace IrisStack.Components.Data.Backups;

/// <summary>
/// An AWS Backup schedule: a cron expression in AWS's six-field form
/// <c>cron(minutes hours day-of-month month day-of-week year)</c>, in UTC, and the longest gap it can
/// leave between two backups, bounded from above by the coarsest field the expression restricts
/// (a restricted month: 366 days; a day of the month: 31; a day of the week: 7; otherwise 1).
/// </summary>
/// <param name="Expression">The expression as AWS Backup takes it.</param>
/// <param name="LongestGapDays">Days that can pass between two runs, at most.</param>
public sealed partial record BackupSchedule(string Expression, int LongestGapDays)
{
    /// <summary>The daily 03:00 UTC default.</summary>
    public const string DefaultExpression = "cron(0 3 * * ? *)";

    /// <summary>The schedule, or why the expression is not one this stack accepts.</summary>
    public static (BackupSchedule? Schedule, string? Problem) Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var match = CronPattern().Match(expression);
        if (!match.Success)
        {
            return (null, $"'{expression}' is not an AWS cron expression with six fields, cron(minutes hours day-of-month month day-of-week year).");
        }

        var fields = match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (minutes, hours, dayOfMonth, month, dayOfWeek, year) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
        if (!NumericField().IsMatch(minutes) || !NumericField().IsMatch(hours))
        {
            return (null, $"'{expression}': minutes and hours take digits, ',', '-', '/' and '*' only.");
        }

        if ((dayOfMonth == "?") == (dayOfWeek == "?"))
        {
            return (null, $"'{expression}': exactly one of day-of-month and day-of-week must be '?' (AWS cron cannot restrict both).");
        }

        if (year != "*")
        {
            return (null, $"'{expression}': the year field must be '*', or backups stop after that year.");
        }

        var gap = month != "*" ? 366
            : dayOfMonth is not ("*" or "?") ? 31
            : dayOfWeek is not ("*" or "?") ? 7
            : 1;
        return (new BackupSchedule(expression, gap), null);
    }

    [GeneratedRegex(@"^cron\(((?:\S+ ){5}\S+)\)$")]
    private static partial Regex CronPattern();

    [GeneratedRegex(@"^[0-9,\-*/]+$")]
    private static partial Regex NumericField();
}
