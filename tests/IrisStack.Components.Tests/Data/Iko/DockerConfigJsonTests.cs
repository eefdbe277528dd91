using System.Text.Json;
using IrisStack.Components.Data.Iko;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Tests.Data.Iko;

public sealed class DockerConfigJsonTests
{
    private static string Plain(SecretValue value) =>
        string.Concat(((InterpolationValue)value.Inner).Parts.Select(p => p switch
        {
            StringValue s => s.Value,
            SecretValue { Inner: StringValue s } => s.Value,
            _ => throw new InvalidOperationException($"Unexpected part {p}."),
        }));

    [Fact]
    public void KnownCredentials_GiveTheKubeletsAuthsDocument_Escaped()
    {
        var value = DockerConfigJson.Render(RegistryCredentials.Server, new(new SecretValue(new StringValue("icr-user")), new SecretValue(new StringValue("to\"k\\en"))));

        using var document = JsonDocument.Parse(Plain(value));
        var entry = document.RootElement.GetProperty("auths").GetProperty("containers.intersystems.com");
        Assert.Equal(("icr-user", "to\"k\\en"), (entry.GetProperty("username").GetString(), entry.GetProperty("password").GetString()));
        Assert.Equal(2, entry.EnumerateObject().Count());
    }

    [Fact]
    public void Credentials_StaySecretParts_InsideASecret()
    {
        var value = DockerConfigJson.Render(RegistryCredentials.Server, new(new SecretValue(new ExternalInput("data.operator.registry.username")), new SecretValue(NullValue.Instance)));

        var parts = ((InterpolationValue)value.Inner).Parts;
        Assert.Equal(2, parts.Count(p => p is SecretValue));
        Assert.Contains(parts, p => p is SecretValue { Inner: ExternalInput { Name: "data.operator.registry.username" } });
        Assert.DoesNotContain(parts, p => p is StringValue s && s.Value.Contains("icr", StringComparison.Ordinal));
    }
}
