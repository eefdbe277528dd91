using System.Collections.Immutable;
using IrisStack.Components.Collections;
using IrisStack.Components.Config;
using IrisStack.Components.Data.Pki;
using IrisStack.Components.Tls;

namespace IrisStack.Components.Tests.Data.Pki;

public sealed class PkiConfigTests
{
    private const string Key = "iris-stack:data.tls";

    // The section as the lead mounts it: iris-stack:data.tls.
    internal static PkiConfig Read(params (string Key, string Value)[] entries)
    {
        var tls = new ConfigMap(entries.ToDictionary(e => e.Key, e => (ConfigNode)new ConfigScalar(e.Value), StringComparer.Ordinal)
            .ToImmutableSortedDictionary(StringComparer.Ordinal));
        var data = new ConfigMap(new Dictionary<string, ConfigNode> { ["tls"] = tls }.ToImmutableSortedDictionary(StringComparer.Ordinal));
        var raw = new RawStackConfig("iris-stack", "test", new Dictionary<string, ConfigNode> { ["iris-stack:data"] = data }.ToImmutableSortedDictionary(StringComparer.Ordinal));
        var reader = new ConfigReader(raw);
        var config = PkiConfig.Read(reader.Namespace("iris-stack").Section("data", "data layer").Section("tls", "PKI"));
        reader.ThrowIfInvalid();
        return config;
    }

    private static string Error(params (string Key, string Value)[] entries) =>
        Assert.Throws<ConfigException>(() => Read(entries)).Message;

    [Fact]
    public void Defaults_EcdsaP256_TenYearCa_OneYearCertificates()
    {
        var config = Read();

        Assert.Equal(TlsKeyAlgorithm.EcdsaP256, config.KeyAlgorithm);
        Assert.Equal(new TlsValidity(87600, 8760), config.Ca);
        Assert.Equal(new TlsValidity(8760, 720), config.Leaf);
        Assert.Equal("IrisStack", config.Organization);
        Assert.Equal(config, PkiConfig.Default);
    }

    [Theory]
    [InlineData("ecdsaP256", TlsKeyAlgorithm.EcdsaP256)]
    [InlineData("ecdsaP384", TlsKeyAlgorithm.EcdsaP384)]
    [InlineData("rsa3072", TlsKeyAlgorithm.Rsa3072)]
    [InlineData("rsa4096", TlsKeyAlgorithm.Rsa4096)]
    public void KeyAlgorithm_EachChoice_Reads(string text, TlsKeyAlgorithm expected) =>
        Assert.Equal(expected, Read(("keyAlgorithm", text)).KeyAlgorithm);

    [Theory]
    [InlineData("rsa2048")]
    [InlineData("ed25519")]
    [InlineData("ECDSA")]
    public void KeyAlgorithm_NotOffered_NamesTheKey(string text) =>
        Assert.Contains($"{Key}.keyAlgorithm: '{text}' is not one of ecdsaP256, ecdsaP384, rsa3072, rsa4096", Error(("keyAlgorithm", text)), StringComparison.Ordinal);

    [Fact]
    public void SetValues_AreRead()
    {
        var config = Read(("caValidityHours", "43800"), ("caEarlyRenewalHours", "4380"), ("leafValidityHours", "2160"), ("leafEarlyRenewalHours", "360"), ("organization", "Example Health"));

        Assert.Equal(new TlsValidity(43800, 4380), config.Ca);
        Assert.Equal(new TlsValidity(2160, 360), config.Leaf);
        Assert.Equal("Example Health", config.Organization);
    }

    [Theory]
    [InlineData("leaf", "720", "720")]
    [InlineData("leaf", "720", "1000")]
    [InlineData("ca", "8760", "8760")]
    public void EarlyRenewal_NotBelowValidity_NamesTheRenewalKey(string prefix, string validity, string renewal)
    {
        var message = Error(($"{prefix}ValidityHours", validity), ($"{prefix}EarlyRenewalHours", renewal));
        Assert.Contains($"{Key}.{prefix}EarlyRenewalHours: {prefix}EarlyRenewalHours ({renewal}) is not below {prefix}ValidityHours ({validity})", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LeafValidity_LoweredBelowDefaultRenewal_NamesTheValidityKey()
    {
        var message = Error(("leafValidityHours", "500"));
        Assert.Contains($"{Key}.leafValidityHours: leafEarlyRenewalHours (720) is not below leafValidityHours (500)", message, StringComparison.Ordinal);
        Assert.Contains("set it above 720, or lower leafEarlyRenewalHours.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LeafValidity_BeyondTheCa_NamesTheLeafKey()
    {
        var message = Error(("caValidityHours", "17520"), ("caEarlyRenewalHours", "720"), ("leafValidityHours", "26280"));
        Assert.Contains($"{Key}.leafValidityHours: 26280 exceeds caValidityHours (17520)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void CaValidity_BelowTheDefaultLeaf_NamesTheCaKey()
    {
        var message = Error(("caValidityHours", "4000"), ("caEarlyRenewalHours", "100"));
        Assert.Contains($"{Key}.caValidityHours: 4000 is below leafValidityHours (8760)", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("caValidityHours", "0")]
    [InlineData("caValidityHours", "175201")]
    [InlineData("leafValidityHours", "23")]
    [InlineData("leafEarlyRenewalHours", "-1")]
    [InlineData("leafValidityHours", "one year")]
    public void Hours_OutOfRange_NamesTheKey(string key, string value) =>
        Assert.Contains($"{Key}.{key}:", Error((key, value)), StringComparison.Ordinal);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("An organization name that is far longer than the sixty-four characters X.520 allows")]
    public void Organization_Invalid_NamesTheKey(string organization) =>
        Assert.Contains($"{Key}.organization:", Error(("organization", organization)), StringComparison.Ordinal);

    [Fact]
    public void UnknownKey_NamesTheKeyAndTheNearestKnown()
    {
        var message = Error(("leafValidityHour", "100"));
        Assert.Contains($"{Key}.leafValidityHour: is not a known setting.", message, StringComparison.Ordinal);
        Assert.Contains("leafValidityHours", message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryKey_IsDocumented()
    {
        var reader = new ConfigReader(new RawStackConfig("iris-stack", "test", new EquatableSortedDictionary<string, ConfigNode>(ImmutableSortedDictionary.Create<string, ConfigNode>(StringComparer.Ordinal))));
        PkiConfig.Read(reader.Namespace("iris-stack").Section("data", "data layer").Section("tls", "PKI"));

        Assert.Equal(
            ["caEarlyRenewalHours", "caValidityHours", "keyAlgorithm", "leafEarlyRenewalHours", "leafValidityHours", "organization"],
            reader.Documented.Where(d => d.Key.StartsWith(Key + ".", StringComparison.Ordinal)).Select(d => d.Key[(Key.Length + 1)..]).Order(StringComparer.Ordinal));
    }
}
