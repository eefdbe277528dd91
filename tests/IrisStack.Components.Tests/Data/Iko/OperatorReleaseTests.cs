using IrisStack.Components.Data.Iko;
using IrisStack.Components.Graph;
using static IrisStack.Components.Tests.Data.Iko.OperatorSections;

namespace IrisStack.Components.Tests.Data.Iko;

public sealed class OperatorReleaseTests
{
    [Fact]
    public void Values_NameTheIcrImage_ThePullSecret_AndFsGroup()
    {
        var inputs = OperatorRelease.Inputs(Read(Minimal()), "intersystems-pull-secret");
        var values = (MapValue)inputs["values"]!;

        Assert.Equal(MapValue.Of(("registry", "containers.intersystems.com/intersystems"), ("repository", "iris-operator-amd"), ("tag", "3.6.7.100")), values["operator"]);
        Assert.Equal(ListValue.Of(MapValue.Of(("name", "intersystems-pull-secret"))), values["imagePullSecrets"]);
        Assert.Equal(new BoolValue(true), values["useIrisFsGroup"]);
        Assert.Equal(("iris-operator", "intersystems"), ((inputs["namespace"] as StringValue)?.Value, (inputs["name"] as StringValue)?.Value));
    }

    [Fact]
    public void Archive_HasNoVersion_Oci_IsPinned()
    {
        Assert.Null(OperatorRelease.Inputs(Read(Minimal()), "s")["version"]);
        var oci = OperatorRelease.Inputs(Read(Minimal(("chart", "oci://registry.example.com/charts/iris-operator"), ("chartVersion", "3.6.7"))), "s");
        Assert.Equal(("oci://registry.example.com/charts/iris-operator", "3.6.7"), ((oci["chart"] as StringValue)?.Value, (oci["version"] as StringValue)?.Value));
    }

    [Theory]
    [InlineData("containers.intersystems.com/intersystems/iris-operator-amd:3.6.7.100", "containers.intersystems.com/intersystems", "iris-operator-amd", "3.6.7.100")]
    [InlineData("registry.example.com:5000/mirror/ikos/iris-operator:1.2", "registry.example.com:5000/mirror/ikos", "iris-operator", "1.2")]
    public void Split_TakesTheLastSlashAndColon(string image, string registry, string repository, string tag) =>
        Assert.Equal((registry, repository, tag), OperatorRelease.Split(image));
}
