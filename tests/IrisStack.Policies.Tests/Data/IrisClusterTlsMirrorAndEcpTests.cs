using System.Text.Json.Nodes;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Data;
using static IrisStack.Policies.Tests.Data.DataLayerFixture;

namespace IrisStack.Policies.Tests.Data;

public class IrisClusterTlsMirrorAndEcpTests
{
    private static readonly IrisClusterTlsMirrorAndEcp Policy = new();

    private static ResourceNode Mirrored() => Single(Build(new JsonObject { ["mirrored"] = "true", ["computeReplicas"] = "2" }), IrisClusterResources.Type);

    [Fact]
    public void LayerGraph_MirroredWithCompute_Compliant() => Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(Mirrored(), Context()));

    [Fact]
    public void NoTls_MirrorAndEcpFindings()
    {
        var findings = Findings(Policy.Evaluate(With(Mirrored(), "spec.tls", null), Context()));
        Assert.Equal(["spec.tls.mirror", "spec.tls.common"], findings.Select(f => f.Property));
    }

    [Fact]
    public void MirrorOnly_ComputeWithoutCommon_Violation()
    {
        var node = With(Mirrored(), "spec.tls.common", null);
        Assert.Equal("spec.tls.common", Assert.Single(Findings(Policy.Evaluate(node, Context()))).Property);
    }

    [Fact]
    public void HandBuilt_CommonFromTheSecretsStoreCsiDriver_Compliant()
    {
        var graph = new GraphBuilder("iris-stack", "test");
        graph.Resource(IrisClusterResources.Type, "iris", MapValue.Of(("spec", MapValue.Of(
            ("tls", MapValue.Of(("common", MapValue.Of(("csi", MapValue.Of(("driver", "secrets-store.csi.k8s.io"))))))),
            ("topology", MapValue.Of(("data", MapValue.Of(("mirrored", true))), ("compute", MapValue.Of(("replicas", 2)))))))));
        Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(graph.Build()["iris"], Context()));
    }

    [Fact]
    public void HandBuilt_SingleNodeWithoutCompute_NeedsNoTlsHere()
    {
        var graph = new GraphBuilder("iris-stack", "test");
        graph.Resource(IrisClusterResources.Type, "iris", MapValue.Of(("spec", MapValue.Of(("topology", MapValue.Of(("data", MapValue.Of(("image", "x:1")))))))));
        Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(graph.Build()["iris"], Context()));
    }
}
