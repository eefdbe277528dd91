using System.Text.Json.Nodes;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Data;
using static IrisStack.Policies.Tests.Data.DataLayerFixture;

namespace IrisStack.Policies.Tests.Data;

public class IrisClusterNonRootTests
{
    private static readonly IrisClusterNonRoot Policy = new();

    private static ResourceNode Layer(JsonObject? cluster = null) => Single(Build(cluster ?? new JsonObject { ["mirrored"] = "true", ["computeReplicas"] = "2" }), IrisClusterResources.Type);

    private static ResourceNode HandBuilt(Value securityContext)
    {
        var graph = new GraphBuilder("iris-stack", "test");
        graph.Resource(IrisClusterResources.Type, "iris", MapValue.Of(("spec", MapValue.Of(("topology", MapValue.Of(
            ("data", MapValue.Of(("image", "containers.intersystems.com/intersystems/iris:2025.1"), ("podTemplate", MapValue.Of(("spec", MapValue.Of(("securityContext", securityContext)))))))))))));
        return graph.Build()["iris"];
    }

    [Fact]
    public void LayerGraph_EveryNodeType_Compliant() => Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(Layer(), Context()));

    [Fact]
    public void HandBuilt_NonRootUser_Compliant() =>
        Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(HandBuilt(MapValue.Of(("runAsNonRoot", true), ("runAsUser", 51773))), Context()));

    [Fact]
    public void HandBuilt_RootUser_Violation()
    {
        var findings = Findings(Policy.Evaluate(HandBuilt(MapValue.Of(("runAsNonRoot", false), ("runAsUser", 0))), Context()));
        Assert.Equal(["spec.topology.data.podTemplate.spec.securityContext.runAsNonRoot", "spec.topology.data.podTemplate.spec.securityContext.runAsUser"], findings.Select(f => f.Property));
    }

    [Fact]
    public void LayerGraph_SwitchOff_EveryNodeTypeIsAFinding_NamingTheSwitch()
    {
        var findings = Findings(Policy.Evaluate(Layer(new JsonObject { ["mirrored"] = "true", ["computeReplicas"] = "2", ["podSecurityContext"] = "false" }), Context()));
        Assert.Equal(["data", "data", "compute", "compute", "arbiter", "arbiter"], findings.Select(f => f.Property.Split('.')[2]));
        Assert.All(findings, f => Assert.Contains("iris-stack:data.cluster.podSecurityContext", f.Fix, StringComparison.Ordinal));
    }

    [Fact]
    public void HandBuilt_LowUid_Violation() =>
        Assert.Equal("spec.topology.data.podTemplate.spec.securityContext.runAsUser",
            Assert.Single(Findings(Policy.Evaluate(HandBuilt(MapValue.Of(("runAsNonRoot", true), ("runAsUser", 1000))), Context()))).Property);

    [Fact]
    public void OtherType_NotApplicable()
    {
        var graph = Build();
        Assert.Equal(PolicyOutcome.NotApplicable, Policy.Evaluate(graph["data-cpf"], Context()));
    }
}
