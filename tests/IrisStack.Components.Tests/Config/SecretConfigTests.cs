using IrisStack.Components.Config;
using IrisStack.Stack;
using IrisStack.Tests.Shared;

namespace IrisStack.Components.Tests.Config;

public sealed class SecretConfigTests
{
    [Fact]
    public void SecureValueInStackFile_IsHeldAsSecretWithoutItsCiphertext()
    {
        using var project = TempProject.With("s", "config:\n  iris-stack:password:\n    secure: v1:AAAABBBBcipher\n");

        var raw = new StackFileConfigSource(project.Path, "s").Read();

        var secret = Assert.IsType<ConfigSecret>(raw.Values["iris-stack:password"]);
        Assert.False(secret.Secret.IsKnown);
        Assert.Equal("[secret]", secret.Secret.ToString());
        Assert.Equal("ConfigSecret { Secret = [secret] }", secret.ToString());
    }

    [Fact]
    public void PulumiEnvironment_SecretKeysStayWrapped()
    {
        var source = new PulumiEnvironmentConfigSource(
            "iris-stack", "dev",
            """{"aws:region":"eu-west-1","iris-stack:password":"hunter2","iris-stack:network":"{\"cidr\":\"10.1.0.0/16\",\"azCount\":2}"}""",
            """["iris-stack:password"]""");

        var raw = source.Read();

        var secret = Assert.IsType<ConfigSecret>(raw.Values["iris-stack:password"]);
        Assert.Equal("hunter2", secret.Secret.Reveal());
        Assert.Equal("[secret]", secret.Secret.ToString());
        var network = Assert.IsType<ConfigMap>(raw.Values["iris-stack:network"]);
        Assert.Equal(new ConfigScalar("2"), network.Entries["azCount"]);
    }

    [Fact]
    public void PulumiEnvironment_GoesThroughTheSameValidation()
    {
        var source = new PulumiEnvironmentConfigSource(
            "iris-stack", "dev",
            """{"aws:region":"eu-west-1","iris-stack:accountId":"123456789012","iris-stack:network":"{\"cidr\":\"10.0.0.0/33\"}"}""",
            "[]");

        var error = Assert.Throws<ConfigException>(() => StackConfigLoader.Load(source));

        Assert.Equal("iris-stack:network.cidr", Assert.Single(error.Errors).Key);
    }

    [Fact]
    public void PulumiEnvironment_BuildsTheSameConfigAsTheStackFile()
    {
        var fromFile = RealStacks.Config("dev");
        var source = new PulumiEnvironmentConfigSource(
            "iris-stack", "dev",
            """
            {"aws:region":"eu-west-1","iris-stack:accountId":"111111111111",
             "iris-stack:tags":"{\"owner\":\"platform-team\",\"application\":\"iris\",\"environment\":\"dev\"}",
             "iris-stack:network":"{\"cidr\":\"10.20.0.0/16\",\"azCount\":3,\"natStrategy\":\"single\",\"flowLogRetentionDays\":30}",
             "iris-stack:policies":"{\"minimumLogRetentionDays\":30}"}
            """,
            "[]");

        var fromPulumi = StackConfigLoader.Load(source);

        Assert.Equal(fromFile.Network, fromPulumi.Network);
        Assert.Equal(fromFile.Tags, fromPulumi.Tags);
        Assert.Equal(fromFile.Policies.MinimumLogRetentionDays, fromPulumi.Policies.MinimumLogRetentionDays);
    }

    [Fact]
    public void PulumiEnvironment_ValueStartingWithBraceButNotJson_NamesTheKey_WithoutQuotingTheSecret()
    {
        var source = new PulumiEnvironmentConfigSource("iris-stack", "dev", """{"iris-stack:password":"[hunter2"}""", """["iris-stack:password"]""");

        var e = Assert.Throws<ConfigException>(source.Read);

        var error = Assert.Single(e.Errors);
        Assert.Equal("iris-stack:password", error.Key);
        Assert.Contains("is not valid JSON", error.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PulumiEnvironment_DuplicateKeyInAStructuredValue_NamesTheKeyPath()
    {
        var source = new PulumiEnvironmentConfigSource("iris-stack", "dev", """{"iris-stack:network":"{\"cidr\":\"10.1.0.0/16\",\"cidr\":\"10.2.0.0/16\"}"}""", null);

        var error = Assert.Single(Assert.Throws<ConfigException>(source.Read).Errors);

        Assert.Equal("iris-stack:network.cidr", error.Key);
    }

    [Fact]
    public void PulumiEnvironment_MalformedConfigVariable_NamesTheVariable()
    {
        var source = new PulumiEnvironmentConfigSource("iris-stack", "dev", "{not json", null);

        Assert.Equal("PULUMI_CONFIG", Assert.Single(Assert.Throws<ConfigException>(source.Read).Errors).Key);
    }

    [Fact]
    public void StackFile_MappingUsedAsAKey_NamesTheFileAndLine()
    {
        using var project = TempProject.With("s", "config:\n  iris-stack:network:\n    ? {cidr: 1}\n    : x\n");

        var error = Assert.Single(Assert.Throws<ConfigException>(new StackFileConfigSource(project.Path, "s").Read).Errors);

        Assert.Equal("Pulumi.s.yaml: iris-stack:network (line 3)", error.Key);
        Assert.Contains("a key is a YAML mapping", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void StackFile_ListUsedAsATopLevelConfigKey_NamesTheFileAndLine()
    {
        using var project = TempProject.With("s", "config:\n  ? [a, b]\n  : x\n");

        var error = Assert.Single(Assert.Throws<ConfigException>(new StackFileConfigSource(project.Path, "s").Read).Errors);

        Assert.Equal("Pulumi.s.yaml: config (line 2)", error.Key);
        Assert.Contains("a key is a YAML list", error.Problem, StringComparison.Ordinal);
    }
}
