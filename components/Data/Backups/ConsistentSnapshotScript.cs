using System.Globalization;
using System.Text;
using IrisStack.Components.Aws;

namespace IrisStack.Components.Data.Backups;

/// <summary>
/// The consistent-snapshot job's shell script: for each data pod, find its EBS volumes (the backup
/// tag and the PVC tags the EBS CSI driver writes), <c>iris freeze IRIS</c> in the pod, start one
/// snapshot per volume, <c>iris thaw IRIS</c>; then delete this job's snapshots older than the
/// retention. An EXIT trap thaws whatever is frozen on every path out (failure, SIGTERM at the
/// job's deadline), and the snapshots are only started within the freeze window. Pure.
/// </summary>
public static class ConsistentSnapshotScript
{
    /// <summary>The tag every snapshot of this job carries (value: the volumes' backup tag value); the only ones it may delete.</summary>
    public const string SnapshotTagKey = "iris-stack:consistent-snapshot";

    /// <summary>The tag naming the pod a snapshot was taken from.</summary>
    public const string PodTagKey = "iris-stack:pod";

    /// <summary>The IRIS instance name in InterSystems' containers.</summary>
    public const string Instance = "IRIS";

    // The freeze window keeps this much of IRIS's timeout in reserve for the thaw.
    private const int ThawReserveSeconds = 10;

    /// <summary>The script.</summary>
    public static string Render(ConsistentSnapshotSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var window = Math.Max(spec.FreezeTimeoutSeconds - ThawReserveSeconds, 1);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $$"""
            #!/bin/sh
            # IRIS-consistent EBS snapshots (iris-stack data layer). IRIS's external backup:
            # Backup.General.ExternalFreeze through `iris freeze`, a snapshot of every volume, `iris thaw`.
            set -eu
            ns='{{spec.Namespace}}'
            tag_value='{{spec.VolumeTagValue}}'
            frozen=''

            thaw() {
              if [ -n "$frozen" ]; then
                pod="$frozen"
                frozen=''
                kubectl exec -n "$ns" "$pod" -- iris thaw {{Instance}} || { echo "thaw of $pod failed: run 'iris thaw {{Instance}}' in it now" >&2; return 1; }
                echo "$pod thawed"
              fi
            }
            # Whatever happens, nothing stays frozen: EXIT runs on errors (set -e) and after TERM/INT.
            trap 'status=$?; thaw || status=1; exit $status' EXIT
            trap 'exit 143' TERM INT

            snapshot_pod() {
              pod="$1"
              volumes=$(aws ec2 describe-volumes \
                --filters "Name=tag:{{BackupSelectionTag.Key}},Values=$tag_value" \
                  "Name=tag:kubernetes.io/created-for/pvc/namespace,Values=$ns" \
                  "Name=tag:kubernetes.io/created-for/pvc/name,Values=*-$pod" \
                --query 'Volumes[].VolumeId' --output text)
              if [ -z "$volumes" ] || [ "$volumes" = "None" ]; then
                echo "no volumes tagged for $pod" >&2
                return 1
              fi
              # Marked frozen before the call: a freeze that fails half-way is thawed too.
              frozen="$pod"
              kubectl exec -n "$ns" "$pod" -- iris freeze {{Instance}} timeout={{spec.FreezeTimeoutSeconds}}
              started=$(date +%s)
              for volume in $volumes; do
                if [ $(( $(date +%s) - started )) -ge {{window}} ]; then
                  echo "freeze window of {{window}}s exceeded on $pod; thawing without the remaining snapshots" >&2
                  return 1
                fi
                aws ec2 create-snapshot --volume-id "$volume" \
                  --description "IRIS-consistent snapshot of $pod" \
                  --tag-specifications "ResourceType=snapshot,Tags=[{Key={{SnapshotTagKey}},Value=$tag_value},{Key={{PodTagKey}},Value=$pod}]" \
                  --query SnapshotId --output text
              done
              thaw
            }

            """);
        foreach (var pod in spec.DataPods)
        {
            text.Append(CultureInfo.InvariantCulture, $"snapshot_pod '{pod}'\n");
        }

        text.Append(CultureInfo.InvariantCulture, $$"""

            # Retention: only snapshots this job tagged, older than {{spec.RetentionDays}} days.
            cutoff=$(date -u -d "@$(( $(date +%s) - {{spec.RetentionDays}} * 86400 ))" +%Y-%m-%dT%H:%M:%S)
            old=$(aws ec2 describe-snapshots --owner-ids self \
              --filters "Name=tag:{{SnapshotTagKey}},Values=$tag_value" \
              --query "Snapshots[?StartTime<'$cutoff'].SnapshotId" --output text)
            for snapshot in $old; do
              [ "$snapshot" = "None" ] || aws ec2 delete-snapshot --snapshot-id "$snapshot"
            done

            """);
        return text.ToString();
    }
}
