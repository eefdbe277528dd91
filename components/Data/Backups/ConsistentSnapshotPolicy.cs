using System.Text.Json.Nodes;
using IrisStack.Components.Aws;

namespace IrisStack.Components.Data.Backups;

/// <summary>
/// The consistent-snapshot job's IAM policy: snapshot only volumes carrying the stack's backup tag,
/// and only into snapshots tagged as this job's (tag-on-create, so no other tagging); delete only
/// snapshots so tagged; describe volumes and snapshots, which take no resource-level permission.
/// EBS's <c>CreateSnapshot</c> and <c>DeleteSnapshot</c> take resource-level permissions and
/// request tags (AWS Compute blog, "Tag Amazon EBS Snapshots on Creation and Implement Stronger
/// Security Policies").
/// </summary>
public static class ConsistentSnapshotPolicy
{
    /// <summary>The document for the stack's account and region; <paramref name="tagValue"/> is the backup tag's value.</summary>
    public static JsonObject Document(StackContext context, string tagValue)
    {
        ArgumentNullException.ThrowIfNull(context);
        var volumes = $"arn:{context.Partition}:ec2:{context.Region}:{context.AccountId}:volume/*";
        // Snapshot ARNs carry no account.
        var snapshots = $"arn:{context.Partition}:ec2:{context.Region}::snapshot/*";
        JsonObject Tag(string condition, string key) => new() { ["StringEquals"] = new JsonObject { [$"{condition}/{key}"] = tagValue } };
        return new JsonObject
        {
            ["Version"] = "2012-10-17",
            ["Statement"] = new JsonArray(
                new JsonObject
                {
                    ["Sid"] = "SnapshotTheBackedUpVolumes",
                    ["Effect"] = "Allow",
                    ["Action"] = "ec2:CreateSnapshot",
                    ["Resource"] = volumes,
                    ["Condition"] = Tag("aws:ResourceTag", BackupSelectionTag.Key),
                },
                new JsonObject
                {
                    ["Sid"] = "CreateOnlyTaggedSnapshots",
                    ["Effect"] = "Allow",
                    ["Action"] = "ec2:CreateSnapshot",
                    ["Resource"] = snapshots,
                    ["Condition"] = Tag("aws:RequestTag", ConsistentSnapshotScript.SnapshotTagKey),
                },
                new JsonObject
                {
                    ["Sid"] = "TagOnlyOnCreate",
                    ["Effect"] = "Allow",
                    ["Action"] = "ec2:CreateTags",
                    ["Resource"] = snapshots,
                    ["Condition"] = new JsonObject { ["StringEquals"] = new JsonObject { ["ec2:CreateAction"] = "CreateSnapshot" } },
                },
                new JsonObject
                {
                    ["Sid"] = "ExpireOnlyThisJobsSnapshots",
                    ["Effect"] = "Allow",
                    ["Action"] = "ec2:DeleteSnapshot",
                    ["Resource"] = snapshots,
                    ["Condition"] = Tag("aws:ResourceTag", ConsistentSnapshotScript.SnapshotTagKey),
                },
                new JsonObject
                {
                    ["Sid"] = "FindVolumesAndSnapshots",
                    ["Effect"] = "Allow",
                    ["Action"] = new JsonArray("ec2:DescribeVolumes", "ec2:DescribeSnapshots"),
                    ["Resource"] = "*",
                }),
        };
    }
}
