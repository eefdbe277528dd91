using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Tests.Graph;

public sealed class ValueTests
{
    private static readonly Value Sample = MapValue.Of(
        ("name", "vpc"),
        ("count", 3),
        ("ratio", 0.5),
        ("enabled", true),
        ("nothing", NullValue.Instance),
        ("unset", null),
        ("vpcId", new OutputReference("network-vpc", "id")),
        ("password", new SecretValue("hunter2")),
        ("arn", InterpolationValue.Of("arn:aws:logs:", new OutputReference("logs", "arn"), ":*")),
        ("list", ListValue.Of("a", 1)));

    [Fact]
    public void Json_MasksSecretsAndShowsReferencesInline()
    {
        var json = Write(Sample);

        Assert.Equal(
            """{"arn":"arn:aws:logs:${logs.arn}:*","count":3,"enabled":true,"list":["a",1],"name":"vpc","nothing":null,"password":"[secret]","ratio":0.5,"vpcId":"${network-vpc.id}"}""",
            json);
        Assert.DoesNotContain("hunter2", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ReadsBackReferencesAndInterpolations()
    {
        using var document = JsonDocument.Parse(Write(Sample));

        var read = Assert.IsType<MapValue>(ValueJson.Read(document.RootElement));

        Assert.Equal(new OutputReference("network-vpc", "id"), read["vpcId"]);
        Assert.Equal(InterpolationValue.Of("arn:aws:logs:", new OutputReference("logs", "arn"), ":*"), read["arn"]);
        Assert.IsType<SecretValue>(read["password"]);
        Assert.Equal(new NumberValue(3), read["count"]);
    }

    [Fact]
    public void Equality_IsByValueForListsAndMaps()
    {
        Assert.Equal(ListValue.Of("a", 1), ListValue.Of("a", 1));
        Assert.Equal(MapValue.Of(("a", 1)), MapValue.Of(("a", 1)));
        Assert.NotEqual(MapValue.Of(("a", 1)), MapValue.Of(("a", 2)));
    }

    [Fact]
    public void ContainsSecret_FindsNestedSecrets()
    {
        Assert.True(Sample.ContainsSecret);
        Assert.False(MapValue.Of(("a", ListValue.Of("b"))).ContainsSecret);
    }

    [Fact]
    public void JsonTemplate_WithoutReferences_IsAPlainCompactString()
    {
        var value = JsonTemplate.Render(new JsonObject { ["Version"] = "2012-10-17", ["Action"] = "kms:*" });

        Assert.Equal(new StringValue("""{"Version":"2012-10-17","Action":"kms:*"}"""), value);
    }

    [Fact]
    public void JsonTemplate_WithReferences_IsAnInterpolationAroundThem()
    {
        var arn = new OutputReference("logs", "arn");

        var value = JsonTemplate.Render(new JsonObject
        {
            ["Resource"] = new JsonArray(JsonTemplate.Ref(arn), JsonTemplate.Concat(arn, ":*")),
        });

        var interpolation = Assert.IsType<InterpolationValue>(value);
        Assert.Equal(
            [new StringValue("{\"Resource\":[\""), arn, new StringValue("\",\""), arn, new StringValue(":*\"]}")],
            interpolation.Parts.ToArray());
    }

    private static string Write(Value value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            ValueJson.Write(writer, value);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
