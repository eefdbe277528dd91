using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Data;
using static IrisStack.Policies.Tests.Data.DataLayerFixture;

namespace IrisStack.Policies.Tests.Data;

public class IrisOperatorNoRootInitContainersTests
{
    private static readonly IrisOperatorNoRootInitContainers Policy = new();

    [Fact]
    public void LayerGraph_Default_Compliant() => Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(Single(Build(), IrisOperatorReleases.Type), Context()));

    [Fact]
    public void LayerGraph_SwitchOff_Violation()
    {
        var section = Operator();
        section["useIrisFsGroup"] = "false";
        var finding = Assert.Single(Findings(Policy.Evaluate(Single(Build(@operator: section), IrisOperatorReleases.Type), Context())));
        Assert.Equal("values.useIrisFsGroup", finding.Property);
    }

    [Fact]
    public void HandBuilt_ValueUnset_Violation()
    {
        var graph = new GraphBuilder("iris-stack", "test");
        graph.Resource(IrisOperatorReleases.Type, "iko", MapValue.Of(("chart", "oci://registry.example.com/charts/iris-operator"), ("version", "3.6.7")));
        Assert.Single(Findings(Policy.Evaluate(graph.Build()["iko"], Context())));
    }
}
