using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>IRIS-consistent EBS snapshots: a CronJob freezes IRIS on each data pod, snapshots its volumes and thaws it.</summary>
public sealed class ConsistentSnapshotsArgs : ResourceArgs
{
    /// <summary>Run the job (default false); it is granted pods/exec on the data pods only.</summary>
    [Input("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>Kubernetes cron expression, UTC (default 0 2 * * *).</summary>
    [Input("schedule")]
    public string? Schedule { get; set; }

    /// <summary>The job's image, pinned to a tag or digest, holding sh, kubectl and the AWS CLI v2 (required when enabled).</summary>
    [Input("image")]
    public string? Image { get; set; }

    /// <summary>IRIS's ExternalFreezeTimeOut in seconds (default 120): past it the job stops snapshotting and thaws.</summary>
    [Input("freezeTimeoutSeconds")]
    public int? FreezeTimeoutSeconds { get; set; }

    /// <summary>The job container's CPU and memory requests and limits.</summary>
    [Input("resources")]
    public PodResourcesArgs? Resources { get; set; }
}
