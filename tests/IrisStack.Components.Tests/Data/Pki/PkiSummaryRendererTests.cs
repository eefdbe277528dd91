using IrisStack.Tests.Shared;
using YamlDotNet.RepresentationModel;

namespace IrisStack.Components.Tests.Data.Pki;

public sealed class PkiSummaryRendererTests
{
    [Fact]
    public void ProdSummary_NamesEachSecretsCertificate_WithItsSans_AndNoKeyMaterial()
    {
        var text = RealStacks.Build("prod").Artifacts.Single(a => a.Path == "data/pki.yaml").Content;
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = (YamlMappingNode)stream.Documents.Single().RootNode;

        var certificates = (YamlMappingNode)root["certificates"];
        Assert.Equal(["iris-tls-mirror", "iris-tls-superserver"], certificates.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        var sans = ((YamlSequenceNode)((YamlMappingNode)certificates["iris-tls-superserver"])["dnsNames"]).Select(n => ((YamlScalarNode)n).Value).ToList();
        Assert.Contains("iris-compute-1.iris-svc.iris.svc.cluster.local", sans);
        Assert.Equal("iris IRIS CA", ((YamlScalarNode)((YamlMappingNode)((YamlMappingNode)root["ca"])["subject"])["commonName"]).Value);
        Assert.DoesNotContain("PRIVATE KEY", text, StringComparison.Ordinal);
        Assert.DoesNotContain("${", text, StringComparison.Ordinal);
    }
}
