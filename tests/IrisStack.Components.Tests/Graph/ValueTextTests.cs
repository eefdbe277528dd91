using IrisStack.Components.Graph;

namespace IrisStack.Components.Tests.Graph;

public sealed class ValueTextTests
{
    private static readonly OutputReference Issuer = new("cluster-eks", "oidcIssuer");

    public static TheoryData<string, Value?, string?, string?> Cases() => new()
    {
        // case, value, Display, LiteralsOnly
        { "string", "iris", "iris", "iris" },
        { "empty string", "", "", "" },
        { "reference", Issuer, "${cluster-eks.oidcIssuer}", null },
        { "secret", new SecretValue("hunter2"), "[secret]", null },
        { "interpolation", InterpolationValue.Of("https://", Issuer, "/x"), "https://${cluster-eks.oidcIssuer}/x", "https://[secret]/x" },
        { "interpolation with a secret", InterpolationValue.Of("Password=", new SecretValue("hunter2"), "\n"), "Password=[secret]\n", "Password=[secret]\n" },
        { "number", 3, null, null },
        { "bool", true, null, null },
        { "null value", NullValue.Instance, null, null },
        { "C# null", null, null, null },
        { "list", ListValue.Of("a"), null, null },
        { "map", MapValue.Of(("k", "v")), null, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Display_ShowsReferencesInlineAndMasksSecrets(string name, Value? value, string? display, string? literalsOnly)
    {
        _ = name;
        _ = literalsOnly;
        Assert.Equal(display, ValueText.Display(value));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void LiteralsOnly_MasksEverythingButLiterals(string name, Value? value, string? display, string? literalsOnly)
    {
        _ = name;
        _ = display;
        Assert.Equal(literalsOnly, ValueText.LiteralsOnly(value));
    }
}
