using System.Xml.Linq;
using IrisStack.Components.Plan;
using IrisStack.Tests.Shared;

namespace IrisStack.Components.Tests.Plan;

public sealed class ProviderVersionsTests
{
    [Fact]
    public void Table_MatchesThePulumiProviderPackagesInDirectoryPackagesProps()
    {
        // Pulumi.Aws 7.48.0 -> aws 7.48.0; the Pulumi core SDK itself is no provider.
        var pinned = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .Select(p => (Id: (string)p.Attribute("Include")!, Version: (string)p.Attribute("Version")!))
            .Where(p => p.Id.StartsWith("Pulumi.", StringComparison.Ordinal))
            .ToDictionary(p => p.Id["Pulumi.".Length..].ToLowerInvariant(), p => p.Version, StringComparer.Ordinal);

        Assert.NotEmpty(pinned);
        Assert.Equal(pinned.OrderBy(p => p.Key, StringComparer.Ordinal), ProviderVersions.Packages);
    }

    [Theory]
    [InlineData("aws:kms/key:Key", "7.48.0")]
    [InlineData("eks:index:Cluster", "4.3.0")]
    [InlineData("kubernetes:helm.sh/v3:Release", "4.34.2")]
    [InlineData("tls:index/privateKey:PrivateKey", "5.6.1")]
    [InlineData("pulumi:providers:kubernetes", "4.34.2")]
    [InlineData("pulumi:providers:aws", "7.48.0")]
    public void For_TakesTheVersionOfTheTokensPackage(string type, string version) =>
        Assert.Equal(version, ProviderVersions.For(type));

    [Fact]
    public void For_OurOwnComponents_HasNoVersion() => Assert.Null(ProviderVersions.For("iris:cluster:Cluster"));

    [Fact]
    public void For_AnUnpinnedPackage_NamesThePackage()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ProviderVersions.For("azure-native:storage:StorageAccount"));

        Assert.Contains("'azure-native'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Directory.Packages.props", error.Message, StringComparison.Ordinal);
    }
}
