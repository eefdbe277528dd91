using System.Text.Json.Nodes;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using static IrisStack.Components.Tests.Data.Cluster.IrisClusterSections;

namespace IrisStack.Components.Tests.Data.Cluster;

public sealed class IrisClusterConfigTests
{
    [Fact]
    public void Defaults_OneUnmirroredDataNode_OneComputeNode_InTheFirstZone()
    {
        var config = Read([]);
        Assert.Equal(("iris", false, 1), (config.Name, config.Mirrored, config.ComputeReplicas));
        Assert.Equal<string>(["eu-west-1a"], config.DataZones);
        Assert.Null(config.ArbiterZone);
        Assert.Equal("containers.intersystems.com/intersystems/iris:2025.1", config.IrisImage);
        Assert.True(config.PodSecurityContext);
        Assert.Null(config.LicenseKey);
        Assert.Equal("iris-stack:data.cluster.mirrored", config.Settings.KeyOf("mirrored"));
    }

    [Fact]
    public void Mirrored_TakesTwoDataZonesAndTheThirdForTheArbiter()
    {
        var config = Read(new JsonObject { ["mirrored"] = "true", ["computeReplicas"] = "2" });
        Assert.Equal<string>(["eu-west-1a", "eu-west-1b"], config.DataZones);
        Assert.Equal("eu-west-1c", config.ArbiterZone);
        Assert.Equal(["iris-data-0-0", "iris-data-0-1"], config.NamesIn("iris").DataPods.AsEnumerable());
    }

    [Fact]
    public void Mirrored_WithTwoZones_NamesTheKeyAndTheFix()
    {
        var error = Error(new JsonObject { ["mirrored"] = "true" }, zones: ["eu-west-1a", "eu-west-1b"]);
        Assert.Contains("iris-stack:data.cluster.mirrored: a mirrored data tier needs three distinct zones", error.Message, StringComparison.Ordinal);
        Assert.Contains("azCount 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mirrored_ArbiterInADataZone_IsRefused()
    {
        var error = Error(new JsonObject { ["mirrored"] = "true", ["arbiterZone"] = "eu-west-1a" });
        Assert.Contains("iris-stack:data.cluster.mirrored", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("irisImage", "containers.intersystems.com/intersystems/iris")]
    [InlineData("irisImage", "containers.intersystems.com/intersystems/iris:latest")]
    [InlineData("arbiterImage", "arbiter")]
    public void Image_WithoutATag_NamesTheKey(string key, string image)
    {
        var error = Error(new JsonObject { ["mirrored"] = "true", [key] = image });
        Assert.Contains($"iris-stack:data.cluster.{key}: '{image}' is not an image pinned to a tag or digest", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("db", "100GB")]
    [InlineData("wij", "lots")]
    [InlineData("journal2", "0Gi")]
    public void Storage_NotAQuantity_NamesTheKey(string key, string size)
    {
        var error = Error(new JsonObject { ["storage"] = new JsonObject { [key] = size } });
        Assert.Contains($"iris-stack:data.cluster.storage.{key}: '{size}' is not a Kubernetes storage quantity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LicenseKey_InPlaintext_IsRefused()
    {
        var error = Error(new JsonObject { ["licenseKey"] = "[ConfigFile]..." });
        Assert.Contains("iris-stack:data.cluster.licenseKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("--secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LicenseKeyFile_Relative_IsReadFromTheProjectFolderAsASecret()
    {
        var folder = Directory.CreateTempSubdirectory("iris-license-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "keys"));
            File.WriteAllText(Path.Combine(folder.FullName, "keys", "iris.key"), "[ConfigFile]\nFileType=License");
            var config = Read(new JsonObject { ["licenseKeyFile"] = "./keys/iris.key" }, projectDirectory: folder.FullName);
            Assert.Equal("[secret]", config.LicenseKey?.ToString());
            Assert.Equal(new StringValue("[ConfigFile]\nFileType=License"), config.LicenseKey?.Inner);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void LicenseKeyFile_Missing_NamesTheKeyAndThePath()
    {
        var folder = Directory.CreateTempSubdirectory("iris-license-");
        try
        {
            var error = Error(new JsonObject { ["licenseKeyFile"] = "keys/absent.key" }, projectDirectory: folder.FullName);
            Assert.Contains("iris-stack:data.cluster.licenseKeyFile: names 'keys/absent.key'", error.Message, StringComparison.Ordinal);
            Assert.Contains(Path.Combine(folder.FullName, "keys", "absent.key"), error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void LicenseKey_AndLicenseKeyFile_AreRefusedNamingBoth()
    {
        var folder = Directory.CreateTempSubdirectory("iris-license-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "iris.key"), "key");
            var error = Assert.Throws<ConfigException>(() => Read(new JsonObject { ["licenseKey"] = "key", ["licenseKeyFile"] = "iris.key" }, secret: true, projectDirectory: folder.FullName));
            Assert.Contains("iris-stack:data.cluster.licenseKeyFile: is set together with iris-stack:data.cluster.licenseKey", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void LicenseKey_AsASecret_StaysSecret()
    {
        var config = Read(new JsonObject { ["licenseKey"] = "[ConfigFile]\nFileType=License" }, secret: true);
        Assert.Equal("[secret]", config.LicenseKey?.ToString());
    }

    [Fact]
    public void UnmirroredWithTwoDataZones_IsRefused() =>
        Assert.Contains("iris-stack:data.cluster.dataZones: lists 2 zones", Error(new JsonObject { ["dataZones"] = new JsonArray("eu-west-1a", "eu-west-1b") }).Message, StringComparison.Ordinal);

    [Fact]
    public void Zone_OutsideTheNetwork_IsRefused() =>
        Assert.Contains("'us-east-1a' is not one of the network's zones", Error(new JsonObject { ["dataZones"] = new JsonArray("us-east-1a") }).Message, StringComparison.Ordinal);
}
