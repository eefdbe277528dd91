using IrisStack.Components.Config;
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
}
