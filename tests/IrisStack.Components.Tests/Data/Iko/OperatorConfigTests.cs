using System.Text.Json.Nodes;
using IrisStack.Components.Cluster;
using IrisStack.Components.Data.Iko;
using IrisStack.Components.Graph;
using static IrisStack.Components.Tests.Data.Iko.OperatorSections;

namespace IrisStack.Components.Tests.Data.Iko;

public sealed class OperatorConfigTests
{
    [Fact]
    public void Defaults_BaselineNamespace_FsGroupOn_NoIrisPorts_DataBudgetOnly()
    {
        var config = Read(Minimal());
        Assert.Equal(new ArchiveOperatorChart(Archive), config.Chart);
        Assert.Null(config.Chart.Version);
        Assert.Equal(("intersystems", "iris-operator", PodSecurityLevel.Baseline), (config.ReleaseName, config.Namespace, config.PodSecurity));
        Assert.True(config.UseIrisFsGroup);
        Assert.Empty(config.IrisPorts);
        Assert.Equal(8443, config.WebhookPort);
        Assert.Equal((true, false), (config.DataDisruptionBudget, config.ComputeDisruptionBudget));
        Assert.Equal("iris-stack:data.operator.podSecurity", config.Settings.KeyOf("podSecurity"));
    }

    [Fact]
    public void Registry_KnownSecrets_AreSecretValues()
    {
        var config = Read(Minimal());
        Assert.Equal(new SecretValue(new StringValue("icr-user")), config.Registry.Username);
        Assert.IsType<StringValue>(config.Registry.Password.Inner);
    }

    [Fact]
    public void Registry_InPlainText_IsRefused_NamingTheKey()
    {
        var error = Error(Minimal(), secret: false);
        Assert.Contains("iris-stack:data.operator.registry.password: holds a plain value, but it must be a secret.", error.Message, StringComparison.Ordinal);
        Assert.Contains("iris-stack:data.operator.registry.username", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Oci_WithVersion_IsPinnedToIt()
    {
        var config = Read(Minimal(("chart", "oci://registry.example.com/charts/iris-operator"), ("chartVersion", "3.6.7")));
        Assert.Equal(new OciOperatorChart("oci://registry.example.com/charts/iris-operator", "3.6.7"), config.Chart);
        Assert.Equal("3.6.7", config.Chart.Version);
    }

    [Fact]
    public void Oci_WithoutVersion_NamesChartVersion()
    {
        var error = Error(Minimal(("chart", "oci://registry.example.com/charts/iris-operator")));
        Assert.Contains("iris-stack:data.operator.chartVersion: is required for an oci:// chart", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Archive_WithVersion_IsRefused() =>
        Assert.Contains("iris-stack:data.operator.chartVersion: is set, but the chart is an archive", Error(Minimal(("chartVersion", "3.6.7"))).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("https://charts.example.com/iris-operator")]
    [InlineData("chart/iris-operator")]
    [InlineData("oci://registry.example.com/charts/iris-operator:3.6.7")]
    [InlineData("oci://registry.example.com")]
    public void Chart_NeitherOciNorArchive_NamesTheKey(string chart)
    {
        var section = Minimal(("chart", chart));
        if (chart.StartsWith(OperatorConfig.OciScheme, StringComparison.Ordinal))
        {
            section["chartVersion"] = "3.6.7";
        }

        Assert.Contains($"iris-stack:data.operator.chart: '{chart}'", Error(section).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChartAndImage_Unset_AreTheKitsPinnedDefaults_AndTheLoginStaysAnInput()
    {
        var config = Read(new JsonObject());

        Assert.Equal(OperatorConfig.DefaultChart, config.Chart.Chart);
        Assert.Equal(OperatorConfig.DefaultImage, config.Image);
        Assert.Equal(new SecretValue(new ExternalInput("data.operator.registry.password")), config.Registry.Password);
    }

    [Theory]
    [InlineData("containers.intersystems.com/intersystems/iris-operator-amd")]
    [InlineData("containers.intersystems.com/intersystems/iris-operator-amd:latest")]
    [InlineData("containers.intersystems.com/intersystems/iris-operator-amd@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void Image_NotPinnedToATag_NamesTheKey(string image) =>
        Assert.Contains($"iris-stack:data.operator.image: '{image}'", Error(Minimal(("image", image))).Message, StringComparison.Ordinal);

    [Fact]
    public void IrisPorts_AreRead_AndANonPortNamesItsEntry()
    {
        Assert.Equal([52773], Read(Minimal(("irisPorts", new JsonArray("52773")))).IrisPorts.AsEnumerable());
        Assert.Contains("iris-stack:data.operator.irisPorts[0]: 'http' is not a port", Error(Minimal(("irisPorts", new JsonArray("http")))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PodSecurity_Restricted_RecordsItsKeyInTheReason()
    {
        var config = Read(Minimal(("podSecurity", "restricted")));
        Assert.Equal(PodSecurityLevel.Restricted, config.PodSecurity);
        Assert.Contains("iris-stack:data.operator.podSecurity", config.PodSecurityReason, StringComparison.Ordinal);
    }
}
