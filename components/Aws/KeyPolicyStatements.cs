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
}
