using System.Text.Json.Nodes;
using IrisStack.Components.Aws;

namespace IrisStack.Components.Cluster;

/// <summary>
/// The key policy of the cluster's customer-managed key (Kubernetes secrets, node root volumes,
/// persistent volumes): the account administers it through IAM (the EKS creator and the EBS CSI
/// role get their use through IAM policies), and EC2 Auto Scaling's service-linked role may use it,
/// which managed node groups need to launch instances with CMK-encrypted volumes.
/// </summary>
public static class ClusterKeyPolicy
{
    /// <summary>The Auto Scaling service-linked role of the account (it must exist before the key; see the layer README).</summary>
    public static string AutoScalingRoleArn(StackContext context) =>
        $"arn:{context.Partition}:iam::{context.AccountId}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling";

    /// <summary>The policy document.</summary>
    public static JsonObject Document(StackContext context)
    {
        var autoScaling = AutoScalingRoleArn(context);
        return new JsonObject
        {
            ["Version"] = "2012-10-17",
            ["Statement"] = new JsonArray(
                KeyPolicyStatements.AccountAdministersKey(context),
                new JsonObject
                {
                    ["Sid"] = "AutoScalingUsesKeyForNodeVolumes",
                    ["Effect"] = "Allow",
                    ["Principal"] = new JsonObject { ["AWS"] = autoScaling },
                    ["Action"] = new JsonArray("kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"),
                    ["Resource"] = "*",
                },
                new JsonObject
                {
                    ["Sid"] = "AutoScalingAttachesNodeVolumes",
                    ["Effect"] = "Allow",
                    ["Principal"] = new JsonObject { ["AWS"] = autoScaling },
                    ["Action"] = "kms:CreateGrant",
                    ["Resource"] = "*",
                    ["Condition"] = new JsonObject { ["Bool"] = new JsonObject { ["kms:GrantIsForAWSResource"] = true } },
                }),
        };
    }
}
