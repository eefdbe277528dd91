using System.Text.Json;
using System.Text.Json.Nodes;

namespace IrisStack.Components.Cluster;

/// <summary>
/// The IAM policy the AWS Load Balancer Controller publishes for its service account
/// (kubernetes-sigs/aws-load-balancer-controller, <c>docs/install/iam_policy.json</c> of controller v2.13.4,
/// the appVersion of chart 1.13.4, the default <c>chartVersion</c>). It is embedded as
/// <c>Resources/aws-load-balancer-controller-iam-policy.json</c>; upgrade it with the chart.
/// </summary>
public static class LoadBalancerControllerPolicy
{
    private const string ResourceName = "IrisStack.Components.Cluster.Resources.aws-load-balancer-controller-iam-policy.json";

    /// <summary>The policy, compact, with <c>arn:aws:</c> resources rewritten for the partition (<c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>).</summary>
    public static string Document(string partition)
    {
        using var stream = typeof(LoadBalancerControllerPolicy).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        var document = JsonNode.Parse(stream) ?? throw new InvalidOperationException("The load balancer controller policy is empty.");
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = false })
            .Replace("\"arn:aws:", $"\"arn:{partition}:", StringComparison.Ordinal);
    }
}
