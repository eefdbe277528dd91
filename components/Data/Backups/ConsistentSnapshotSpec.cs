using IrisStack.Components.Collections;

namespace IrisStack.Components.Data.Backups;

/// <summary>What the consistent-snapshot script works on.</summary>
/// <param name="Namespace">The IRIS namespace.</param>
/// <param name="DataPods">The data pods, frozen and snapshotted one at a time.</param>
/// <param name="VolumeTagValue">The backup selection tag's value on the IRIS volumes (the StorageClass writes it).</param>
/// <param name="FreezeTimeoutSeconds">IRIS's freeze timeout; the script stops snapshotting and thaws before it.</param>
/// <param name="RetentionDays">Days the snapshots this job made are kept; older ones are deleted at the end of a run.</param>
public sealed record ConsistentSnapshotSpec(string Namespace, EquatableArray<string> DataPods, string VolumeTagValue, int FreezeTimeoutSeconds, int RetentionDays);
