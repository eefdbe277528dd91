using System.Text.Json.Nodes;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Data;
using static IrisStack.Policies.Tests.Data.DataLayerFixture;

namespace IrisStack.Policies.Tests.Data;

public class IrisClusterHighAvailabilityTests
{
    private static readonly IrisClusterHighAvailability Policy = new();

    private static ResourceNode Mirrored() => DataLayerFixture.Single(Build(new JsonObject { ["mirrored"] = "true" }), IrisClusterResources.Type);

    private static ResourceNode SingleNode() => DataLayerFixture.Single(Build(), IrisClusterResources.Type);

    [Fact]
    public void LayerGraph_MirroredOverThreeZones_CompliantOnAnHaStack() => Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(Mirrored(), Context(ha: true)));

    [Fact]
    public void LayerGraph_SingleNode_CompliantOffHa_ViolationOnHa()
    {
        Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(SingleNode(), Context(ha: false)));
        var finding = Assert.Single(Findings(Policy.Evaluate(SingleNode(), Context(ha: true))));
        Assert.Equal("spec.topology.data.mirrored", finding.Property);
        Assert.Contains("iris-stack:data.cluster.mirrored: true", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void ArbiterInADataZone_Violation()
    {
        var node = With(Mirrored(), "spec.topology.arbiter.preferredZones", ListValue.Of("eu-west-1b"));
        Assert.Equal("spec.topology.arbiter.preferredZones", Assert.Single(Findings(Policy.Evaluate(node, Context()))).Property);
    }

    [Fact]
    public void MembersInOneZone_Violation()
    {
        var node = With(Mirrored(), "spec.topology.data.preferredZones", ListValue.Of("eu-west-1a", "eu-west-1a"));
        Assert.Equal("spec.topology.data.preferredZones", Assert.Single(Findings(Policy.Evaluate(node, Context()))).Property);
    }

    [Fact]
    public void NoArbiter_Violation()
    {
        var node = With(Mirrored(), "spec.topology.arbiter", null);
        Assert.Equal("spec.topology.arbiter", Assert.Single(Findings(Policy.Evaluate(node, Context()))).Property);
    }

    [Fact]
    public void HandBuilt_MirroredWithoutZones_TwoFindings()
    {
        var graph = new GraphBuilder("iris-stack", "test");
        graph.Resource(IrisClusterResources.Type, "iris", MapValue.Of(("spec", MapValue.Of(("topology", MapValue.Of(
            ("data", MapValue.Of(("mirrored", true))),
            ("arbiter", MapValue.Of(("image", "containers.intersystems.com/intersystems/arbiter:2025.1")))))))));
        Assert.Equal(["spec.topology.data.preferredZones", "spec.topology.arbiter.preferredZones"], Findings(Policy.Evaluate(graph.Build()["iris"], Context())).Select(f => f.Property));
    }
}
