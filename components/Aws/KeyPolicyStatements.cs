using System.Text.Json.Nodes;

namespace IrisStack.Components.Aws;

/// <summary>Statements every customer-managed key policy of the stack starts with.</summary>
public static class KeyPolicyStatements
{
    /// <summary>
    /// The account administers the key through IAM (AWS's default key policy statement); without
    /// it a key whose other statements name only services can lock everyone out.
    /// </summary>
    public static JsonObject AccountAdministersKey(StackContext context) => new()
    {
        ["Sid"] = "AccountAdministersKey",
        ["Effect"] = "Allow",
        ["Principal"] = new JsonObject { ["AWS"] = $"arn:{context.Partition}:iam::{context.AccountId}:root" },
        ["Action"] = "kms:*",
        ["Resource"] = "*",
    };

    /// <summary>
    /// The statement AWS documents for encrypting CloudWatch Logs with a customer-managed key: the
    /// Logs service of the context's region may use the key, only for this account's log groups there.
    /// </summary>
    public static JsonObject CloudWatchLogsUseKey(StackContext context) => new()
    {
        ["Sid"] = "CloudWatchLogsUseKey",
        ["Effect"] = "Allow",
        ["Principal"] = new JsonObject { ["Service"] = $"logs.{context.Region}.amazonaws.com" },
        ["Action"] = new JsonArray("kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"),
        ["Resource"] = "*",
        ["Condition"] = new JsonObject
        {
            ["ArnLike"] = new JsonObject { ["kms:EncryptionContext:aws:logs:arn"] = $"arn:{context.Partition}:logs:{context.Region}:{context.AccountId}:*" },
        },
    };
}
