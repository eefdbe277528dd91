using System.Text.Json.Nodes;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Cluster;

/// <summary>
/// The trust policy of an IAM role for a Kubernetes service account (IRSA): only tokens the
/// cluster's OIDC provider issued for exactly one service account, for the STS audience, may assume
/// the role. The condition keys are the issuer (without <c>https://</c>) followed by <c>:sub</c> and
/// <c>:aud</c>; the issuer is an output of the cluster, so the keys are interpolations.
/// </summary>
public static class IrsaTrustPolicy
{
    /// <summary>The audience EKS projects into service-account tokens for IRSA.</summary>
    public const string Audience = "sts.amazonaws.com";

    /// <summary>The <c>sub</c> claim of a service account's token.</summary>
    public static string Subject(string @namespace, string serviceAccount) => $"system:serviceaccount:{@namespace}:{serviceAccount}";

    /// <summary>The policy document.</summary>
    /// <param name="oidcProviderArn">The IAM OIDC provider's ARN (reference or literal).</param>
    /// <param name="oidcIssuer">The issuer URL without <c>https://</c> (reference or literal).</param>
    /// <param name="namespace">The service account's namespace.</param>
    /// <param name="serviceAccount">The service account's name.</param>
    public static JsonObject Document(Value oidcProviderArn, Value oidcIssuer, string @namespace, string serviceAccount) => new()
    {
        ["Version"] = "2012-10-17",
        ["Statement"] = new JsonArray(new JsonObject
        {
            ["Effect"] = "Allow",
            ["Principal"] = new JsonObject { ["Federated"] = JsonTemplate.Concat(oidcProviderArn) },
            ["Action"] = "sts:AssumeRoleWithWebIdentity",
            ["Condition"] = new JsonObject
            {
                ["StringEquals"] = new JsonObject
                {
                    [JsonTemplate.Key(oidcIssuer, ":sub")] = Subject(@namespace, serviceAccount),
                    [JsonTemplate.Key(oidcIssuer, ":aud")] = Audience,
                },
            },
        }),
    };

    /// <summary>The document as the <c>assumeRolePolicy</c> input (an interpolation of the provider's outputs).</summary>
    public static Value Render(Value oidcProviderArn, Value oidcIssuer, string @namespace, string serviceAccount) =>
        JsonTemplate.Render(Document(oidcProviderArn, oidcIssuer, @namespace, serviceAccount));
}
