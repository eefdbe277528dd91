using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Data;
using static IrisStack.Policies.Tests.Data.DataLayerFixture;

namespace IrisStack.Policies.Tests.Data;

public class IrisOperatorImageFromIcrTests
{
    private static readonly IrisOperatorImageFromIcr Policy = new();

    private static ResourceNode Release() => Single(Build(), IrisOperatorReleases.Type);

    [Fact]
    public void LayerGraph_Compliant() => Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(Release(), Context()));

    [Fact]
    public void OtherRegistry_Violation() =>
        Assert.Equal("values.operator.registry", Assert.Single(Findings(Policy.Evaluate(With(Release(), "values.operator.registry", new StringValue("docker.io/someone")), Context()))).Property);

    [Fact]
    public void LookAlikeRegistry_Violation() =>
        Assert.Single(Findings(Policy.Evaluate(With(Release(), "values.operator.registry", new StringValue("containers.intersystems.com.evil.example/intersystems")), Context())));

    [Fact]
    public void LatestTag_Violation() =>
        Assert.Equal("values.operator.tag", Assert.Single(Findings(Policy.Evaluate(With(Release(), "values.operator.tag", new StringValue("latest")), Context()))).Property);

    [Fact]
    public void NoPullSecret_Violation() =>
        Assert.Equal("values.imagePullSecrets", Assert.Single(Findings(Policy.Evaluate(With(Release(), "values.imagePullSecrets", null), Context()))).Property);

    [Fact]
    public void HandBuilt_ChartDefaults_EveryValueIsAFinding()
    {
        var graph = new GraphBuilder("iris-stack", "test");
        graph.Resource(IrisOperatorReleases.Type, "iko", MapValue.Of(("chart", "./iris-operator-3.6.7.tgz")));
        Assert.Equal(["values.operator.registry", "values.operator.repository", "values.operator.tag", "values.imagePullSecrets"],
            Findings(Policy.Evaluate(graph.Build()["iko"], Context())).Select(f => f.Property));
    }
}
