using System.Text.Json;
using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Tests.Cluster;

public class IrsaTrustPolicyTests
{
    private static readonly OutputReference Arn = new("cluster-eks", "oidcProviderArn");
    private static readonly OutputReference Issuer = new("cluster-eks", "oidcIssuer");

    [Fact]
    public void Render_InterpolatesTheProviderArnAndTheIssuerInBothConditionKeys()
    {
        var policy = Assert.IsType<InterpolationValue>(IrsaTrustPolicy.Render(Arn, Issuer, "kube-system", "aws-node"));

        Assert.Equal(
            [
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"",
                Arn,
                "\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":{\"StringEquals\":{\"",
                Issuer,
                ":sub\":\"system:serviceaccount:kube-system:aws-node\",\"",
                Issuer,
                ":aud\":\"sts.amazonaws.com\"}}}]}",
            ],
            policy.Parts.AsEnumerable());
    }

    [Fact]
    public void Render_WithKnownIssuer_IsValidJsonWithSubAndAudConditions()
    {
        var text = Assert.IsType<StringValue>(IrsaTrustPolicy.Render(
            "arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC",
            "oidc.eks.eu-west-1.amazonaws.com/id/ABC", "iris", "backup")).Value;
        using var document = JsonDocument.Parse(text);
        var condition = document.RootElement.GetProperty("Statement")[0].GetProperty("Condition").GetProperty("StringEquals");

        Assert.Equal("system:serviceaccount:iris:backup", condition.GetProperty("oidc.eks.eu-west-1.amazonaws.com/id/ABC:sub").GetString());
        Assert.Equal("sts.amazonaws.com", condition.GetProperty("oidc.eks.eu-west-1.amazonaws.com/id/ABC:aud").GetString());
    }

    [Theory]
    [InlineData("cluster-vpc-cni-role", "kube-system", "aws-node")]
    [InlineData("cluster-ebs-csi-role", "kube-system", "ebs-csi-controller-sa")]
    [InlineData("cluster-lbc-role", "kube-system", "aws-load-balancer-controller")]
    public void LayerRoles_TrustExactlyTheirServiceAccount(string role, string @namespace, string serviceAccount)
    {
        var node = ClusterFixtures.Build().Graph[role];

        Assert.Equal(IrsaTrustPolicy.Render(Arn, Issuer, @namespace, serviceAccount), node.Input("assumeRolePolicy"));
    }

    [Fact]
    public void JsonTemplate_KeyWithoutReference_RendersPlainText()
    {
        var document = new System.Text.Json.Nodes.JsonObject { [JsonTemplate.Key("plain", ":sub")] = "x" };

        Assert.Equal(new StringValue("{\"plain:sub\":\"x\"}"), JsonTemplate.Render(document));
    }

    [Fact]
    public void JsonTemplate_KeyAndValueReferences_BecomeInterpolationParts()
    {
        var a = new OutputReference("a", "out");
        var b = new OutputReference("b", "arn");
        var document = new System.Text.Json.Nodes.JsonObject { [JsonTemplate.Key("pre-", a, "-post")] = JsonTemplate.Ref(b) };

        Assert.Equal(InterpolationValue.Of("{\"pre-", a, "-post\":\"", b, "\"}"), JsonTemplate.Render(document));
    }
}
