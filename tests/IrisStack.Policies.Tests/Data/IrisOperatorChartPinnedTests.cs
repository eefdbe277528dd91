using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Data;
using static IrisStack.Policies.Tests.Data.DataLayerFixture;

namespace IrisStack.Policies.Tests.Data;

public class IrisOperatorChartPinnedTests
{
    private static readonly IrisOperatorChartPinned Policy = new();

    private static ResourceNode Release(System.Text.Json.Nodes.JsonObject? @operator = null) => Single(Build(@operator: @operator), IrisOperatorReleases.Type);

    private static ResourceNode Oci()
    {
        var section = Operator();
        section["chart"] = "oci://registry.example.com/charts/iris-operator";
        section["chartVersion"] = "3.6.7";
        return Release(section);
    }

    [Fact]
    public void LayerGraph_Archive_Compliant() => Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(Release(), Context()));

    [Fact]
    public void LayerGraph_OciWithVersion_Compliant() => Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(Oci(), Context()));

    [Theory]
    [InlineData(null)]
    [InlineData("latest")]
    [InlineData("^3.6.0")]
    [InlineData("3.6.x")]
    public void OciNotExact_Violation(string? version)
    {
        var node = With(Oci(), "version", version is null ? null : new StringValue(version));
        var finding = Assert.Single(Findings(Policy.Evaluate(node, Context())));
        Assert.Equal("version", finding.Property);
        Assert.Contains("iris-stack:data.operator.chartVersion", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void HandBuilt_RepositoryChartWithoutVersion_Violation()
    {
        var graph = new GraphBuilder("iris-stack", "test");
        graph.Resource(IrisOperatorReleases.Type, "iko", MapValue.Of(("chart", "iris-operator"), ("repositoryOpts", MapValue.Of(("repo", "https://charts.example.com")))));
        Assert.Equal("version", Assert.Single(Findings(Policy.Evaluate(graph.Build()["iko"], Context()))).Property);
    }

    [Fact]
    public void OtherRelease_NotApplicable()
    {
        var graph = new GraphBuilder("iris-stack", "test");
        graph.Resource(IrisOperatorReleases.Type, "lbc", MapValue.Of(("chart", "aws-load-balancer-controller")));
        Assert.Equal(PolicyOutcome.NotApplicable, Policy.Evaluate(graph.Build()["lbc"], Context()));
    }
}
