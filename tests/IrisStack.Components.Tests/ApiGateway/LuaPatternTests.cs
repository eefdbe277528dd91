using System.Text.Json;
using IrisStack.Components.ApiGateway;
using YamlDotNet.RepresentationModel;
using static IrisStack.Components.Tests.ApiGateway.ApiGatewaySections;

namespace IrisStack.Components.Tests.ApiGateway;

public sealed class LuaPatternTests
{
    private static readonly string SessionId = "00b0" + new string('a', 20) + new string('7', 20);

    // The patterns the rendered kong.yml hands Kong (request-validator's match), with samples each must accept and refuse.
    public static TheoryData<string, string[], string[]> RenderedPatterns() => new()
    {
        { "EventType", ["OnClick", "$event_1", "x"], ["a b", "x;drop", "<script>", ""] },
        { "SessionID", [SessionId], ["00b1" + SessionId[4..], "00b0abc-def", "x00b0abc"] },
    };

    private static string RenderedPattern(string field)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(KongYml(Read(Section())).Masked));
        var validator = stream.Documents[0].AllNodes.OfType<YamlMappingNode>()
            .First(n => n.Children.TryGetValue(new YamlScalarNode("name"), out var name) && name is YamlScalarNode { Value: "request-validator" });
        var schema = ((YamlScalarNode)validator.Children[new YamlScalarNode("config")][new YamlScalarNode("body_schema")]).Value!;
        using var json = JsonDocument.Parse(schema);
        return json.RootElement.EnumerateArray().Select(e => e.EnumerateObject().First()).Single(p => p.Name == field).Value.GetProperty("match").GetString()!;
    }

    [Theory]
    [MemberData(nameof(RenderedPatterns))]
    public void RenderedPattern_InLuaJit_AcceptsAndRefusesItsSamples(string field, string[] accepted, string[] refused)
    {
        var pattern = RenderedPattern(field);
        var results = LuaJit.Match([.. accepted.Concat(refused).Select(s => (pattern, s))]);

        Assert.Equal([.. accepted.Select(_ => "1"), .. refused.Select(_ => "0")], results);
        Assert.Null(LuaPattern.SyntaxError(pattern));
    }

    [Fact]
    public void SeedPattern_InLuaJit_ReadsBracesLiterally()
    {
        // The seed's "{100}" is five literal characters: 100 alphanumerics do not match, "a{100}" does.
        var results = LuaJit.Match([("^[a-zA-Z0-9$_]{100}$", new string('a', 100)), ("^[a-zA-Z0-9$_]{100}$", "a{100}")]);

        Assert.Equal(["0", "1"], results);
        Assert.NotNull(LuaPattern.RegexHabit("^[a-zA-Z0-9$_]{100}$"));
    }

    public static TheoryData<string> Patterns() =>
    [
        "^[%w$_]+$", "^00b0%w+$", "^%d+$", "[]]", "[^]]", "^[%a][%w_-]*$", "%bxy", "%f[%w]%w+", "(a)%1", "()a", "a*b+c-d?", "%%", "[%]]", "^$",
        "[a", "abc%", "(a", ")", "%1", "(a)%2", "%b", "%bx", "%fa", "[%", "((a)",
    ];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void SyntaxCheck_AgreesWithLuaJit(string pattern)
    {
        string[] subjects = ["", "a", "aa", "abc", "a b", "xay"];
        var luajitError = LuaJit.Match([.. subjects.Select(s => (pattern, s))]).FirstOrDefault(r => r.StartsWith("error: ", StringComparison.Ordinal));

        var ours = LuaPattern.SyntaxError(pattern);

        Assert.Equal(luajitError is not null, ours is not null);
        if (luajitError is not null)
        {
            // lstrlib's messages, e.g. "malformed pattern (missing ']')": ours starts with the same words.
            Assert.Contains(ours!.Split(" (")[0], luajitError, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("^[a-z]{3}$", "'{3}' is not a quantifier")]
    [InlineData("^\\d+$", "'\\d' is a regex class")]
    [InlineData("^[{}]+$", null)]
    [InlineData("^%w+$", null)]
    public void RegexHabit_FlagsPcreSyntaxOutsideSets(string pattern, string? expected)
    {
        var habit = LuaPattern.RegexHabit(pattern);

        if (expected is null)
        {
            Assert.Null(habit);
        }
        else
        {
            Assert.Contains(expected, habit, StringComparison.Ordinal);
        }
    }
}
