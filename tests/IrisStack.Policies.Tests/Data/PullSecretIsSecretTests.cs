using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Data;
using static IrisStack.Policies.Tests.Data.DataLayerFixture;

namespace IrisStack.Policies.Tests.Data;

public class PullSecretIsSecretTests
{
    private static readonly PullSecretIsSecret Policy = new();

    private static ResourceNode HandBuilt(string field, Value value, string type = "kubernetes.io/dockerconfigjson")
    {
        var graph = new GraphBuilder("iris-stack", "test");
        graph.Resource("kubernetes:core/v1:Secret", "pull", MapValue.Of(("type", type), (field, MapValue.Of((".dockerconfigjson", value)))));
        return graph.Build()["pull"];
    }

    [Fact]
    public void LayerGraph_BothPullSecrets_Compliant()
    {
        var graph = Build();
        Assert.All(new[] { "data-operator-pull-secret", "data-pull-secret" }, n => Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(graph[n], Context())));
    }

    [Fact]
    public void HandBuilt_SecretData_Compliant() =>
        Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(HandBuilt("data", new SecretValue(new StringValue("eyJhdXRocyI6e319"))), Context()));

    [Fact]
    public void HandBuilt_PlainStringData_Violation()
    {
        var finding = Assert.Single(Findings(Policy.Evaluate(HandBuilt("stringData", new StringValue("{\"auths\":{}}")), Context())));
        Assert.Equal(PropertyPath.Of("stringData", ".dockerconfigjson"), finding.Property);
    }

    [Fact]
    public void LayerGraph_PlainReplacement_Violation()
    {
        var node = With(Build()["data-pull-secret"], "stringData", MapValue.Of((".dockerconfigjson", "{\"auths\":{}}")));
        Assert.Single(Findings(Policy.Evaluate(node, Context())));
    }

    [Fact]
    public void OpaqueSecret_NotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, Policy.Evaluate(HandBuilt("stringData", new StringValue("x"), type: "Opaque"), Context()));
}
