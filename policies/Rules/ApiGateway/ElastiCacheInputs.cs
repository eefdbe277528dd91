using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>
/// Reads the inputs of an ElastiCache replication group (pulumi-aws <c>ReplicationGroupArgs</c>
/// wire names) as the rules need them: a flag that is literally true, a value that is set (a
/// literal, a secret, or another resource's output such as a KMS key's ARN).
/// </summary>
public static class ElastiCacheInputs
{
    /// <summary>Whether the boolean input is true.</summary>
    public static bool IsTrue(ResourceNode node, string input) => node.Input(input) is BoolValue { Value: true };

    /// <summary>Whether the input holds a value: non-empty text, a secret, a reference, or a non-empty list.</summary>
    public static bool IsSet(ResourceNode node, string input) => node.Input(input) switch
    {
        null or NullValue => false,
        StringValue { Value: var text } => text.Trim().Length > 0,
        ListValue list => list.Items.Any(i => i is not NullValue && i is not StringValue { Value: "" }),
        SecretValue { Inner: NullValue } => false,
        _ => true,
    };

    /// <summary>The input's text (<c>[secret]</c> and <c>${…}</c> for what is not literal), or null.</summary>
    public static string? Text(ResourceNode node, string input) => ValueText.Display(node.Input(input));
}
