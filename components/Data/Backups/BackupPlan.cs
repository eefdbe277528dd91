using System.Text.Json.Nodes;
using IrisStack.Components.Aws;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Backups;

/// <summary>
/// The backup plan (one rule: the schedule and retention from config, into the vault) and its
/// selection: every resource tagged with <see cref="BackupSelectionTag"/> for this stack, which
/// the cluster layer's StorageClass writes on the IRIS volumes. AWS Backup runs it as a role of
/// its own holding AWS's managed backup and restore policies.
/// </summary>
public static class BackupPlan
{
    /// <summary>The AWS managed policies of the AWS Backup role (under <c>arn:aws:iam::aws:policy/</c>).</summary>
    public static readonly IReadOnlyList<string> ManagedPolicies =
        ["service-role/AWSBackupServiceRolePolicyForBackup", "service-role/AWSBackupServiceRolePolicyForRestores"];

    /// <summary>Adds the role, the plan and the selection; returns the plan.</summary>
    public static NodeRef Add(GraphBuilder graph, ComponentScope scope, StackContext context, string parent, BackupsConfig config, NodeRef vault)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(vault);
        var roleName = scope.Child("backup-role");
        var role = graph.Resource("aws:iam/role:Role", roleName, MapValue.Of(
            ("description", "Lets AWS Backup snapshot and restore the IRIS volumes"),
            ("assumeRolePolicy", JsonTemplate.Render(new JsonObject
            {
                ["Version"] = "2012-10-17",
                ["Statement"] = new JsonArray(new JsonObject
                {
                    ["Effect"] = "Allow",
                    ["Principal"] = new JsonObject { ["Service"] = "backup.amazonaws.com" },
                    ["Action"] = "sts:AssumeRole",
                }),
            })),
            ("tags", context.TagsFor(roleName))),
            parent);
        var attachments = ManagedPolicies.Select((policy, index) =>
            graph.Resource("aws:iam/rolePolicyAttachment:RolePolicyAttachment", $"{roleName}-attachment-{index}", MapValue.Of(
                ("role", role.Output("name")),
                ("policyArn", $"arn:{context.Partition}:iam::aws:policy/{policy}")),
                parent).Name).ToList();

        var planName = scope.Child("backup-plan");
        var plan = graph.Resource("aws:backup/plan:Plan", planName, MapValue.Of(
            ("name", $"{context.PhysicalName("-")}-iris"),
            ("rules", new ListValue([MapValue.Of(
                ("ruleName", "scheduled"),
                ("targetVaultName", vault.Output("name")),
                ("schedule", config.Schedule.Expression),
                ("lifecycle", MapValue.Of(
                    ("deleteAfter", config.RetentionDays),
                    ("coldStorageAfter", config.ColdStorageAfterDays is { } cold ? (Value)cold : null))))])),
            ("tags", context.TagsFor(planName))),
            parent);
        graph.Resource("aws:backup/selection:Selection", scope.Child("backup-selection"), MapValue.Of(
            ("name", $"{context.PhysicalName("-")}-iris-volumes"),
            ("planId", plan.Id),
            ("iamRoleArn", role.Arn),
            ("selectionTags", new ListValue([MapValue.Of(
                ("type", "STRINGEQUALS"),
                ("key", BackupSelectionTag.Key),
                ("value", BackupSelectionTag.Value(context)))]))),
            parent, new ResourceOptions { DependsOn = [.. attachments] });
        return plan;
    }
}
