using System.Text.RegularExpressions;
using IrisStack.Components.Config;
using IrisStack.Components.Kubernetes;

namespace IrisStack.Components.Data.Backups;

/// <summary>
/// The IRIS-consistent snapshots (<c>iris-stack:data.backups.consistentSnapshots</c>): a CronJob
/// that freezes each data pod's IRIS, snapshots its volumes and thaws it (<see cref="ConsistentSnapshots"/>).
/// </summary>
/// <param name="Schedule">When it runs: a five-field Kubernetes cron expression, UTC.</param>
/// <param name="Image">The job's image, pinned; it must hold sh, kubectl and the AWS CLI.</param>
/// <param name="FreezeTimeoutSeconds">
/// IRIS's ExternalFreezeTimeOut (<c>iris freeze IRIS timeout=</c>): past it IRIS pauses every
/// process, not only database writes; the job also gives up on the snapshots and thaws by then.
/// </param>
/// <param name="Resources">The job container's requests and limits.</param>
public sealed partial record ConsistentSnapshotsConfig(string Schedule, string Image, int FreezeTimeoutSeconds, PodResources Resources)
{
    /// <summary>The default schedule: daily at 02:00 UTC, an hour before the backup plan's default.</summary>
    public const string DefaultSchedule = "0 2 * * *";

    /// <summary>IRIS's own default freeze timeout, the longest the job accepts.</summary>
    public const int MaximumFreezeTimeoutSeconds = 600;

    /// <summary>The job container's default requests and limits: it runs two CLIs.</summary>
    public static PodResources DefaultResources { get; } = new("100m", "128Mi", "500m", "256Mi");

    /// <summary>Reads the section; null when the snapshots are off (the default).</summary>
    public static ConsistentSnapshotsConfig? Read(ConfigSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var enabled = section.Bool("enabled", false, "Freeze IRIS on each data pod, snapshot its volumes and thaw it, from a CronJob in the IRIS namespace (grants that job pods/exec on the data pods)");
        var schedule = section.String("schedule", DefaultSchedule, "When the consistent snapshots run: a Kubernetes cron expression (minute hour day-of-month month day-of-week), UTC",
            s => CronPattern().IsMatch(s) ? null : $"'{s}' is not a five-field cron expression (minute hour day-of-month month day-of-week).",
            $"set a cron expression such as '{DefaultSchedule}' (daily at 02:00 UTC).");
        var image = section.String("image", string.Empty, "The job's image, pinned to a tag or digest; it must hold sh, kubectl and the AWS CLI v2 (required when enabled)",
            i => i.Length == 0 ? null : ContainerImage.Validate(i));
        var timeout = section.Int("freezeTimeoutSeconds", 120, "IRIS's ExternalFreezeTimeOut: past it IRIS pauses every process, and the job stops snapshotting and thaws", 10, MaximumFreezeTimeoutSeconds);
        var resources = PodResources.Read(section.Section("resources", "The job container's CPU and memory requests and limits"), DefaultResources);
        section.RejectUnknownKeys();
        if (!enabled)
        {
            return null;
        }

        if (image.Length == 0 && !section.Has("image"))
        {
            section.Error("image", "is required when consistent snapshots are enabled: no public image is known to hold sh, kubectl and the AWS CLI together.",
                "name an image of your registry that holds them, pinned to a tag or digest (e.g. registry.example.com/ops/kubectl-aws:1.31.4-2.22.0).");
        }

        return new ConsistentSnapshotsConfig(schedule, image, timeout, resources);
    }

    [GeneratedRegex(@"^[0-9A-Za-z*/,?-]+( [0-9A-Za-z*/,?-]+){4}$")]
    private static partial Regex CronPattern();
}
