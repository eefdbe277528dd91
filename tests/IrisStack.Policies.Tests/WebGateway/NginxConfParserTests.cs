using IrisStack.Policies.Rules.WebGateway;

namespace IrisStack.Policies.Tests.WebGateway;

public class NginxConfParserTests
{
    [Fact]
    public void Parse_DirectivesBlocksQuotesAndComments()
    {
        var root = NginxConfParser.Parse("""
            # comment { not a block
            http {
                map "$request_uri" $x { default 0; "~^/a;b" 1; }
                log_format f escape=json '{"a":"$uri",' '"b":"it\'s"}';
                server { listen 8443 ssl; location = /x { return 403; } }
            }
            """);

        var http = Assert.Single(root.Named("http"));
        var map = Assert.Single(http.Named("map"));
        Assert.Equal<string>(["$request_uri", "$x"], map.Args);
        Assert.Equal("~^/a;b", map.Children[1].Name);
        Assert.Equal<string>(["f", "escape=json", "{\"a\":\"$uri\",", "\"b\":\"it's\"}"], Assert.Single(http.Named("log_format")).Args);
        var location = Assert.Single(root.Descendants("location"));
        Assert.True(location.IsExactLocation);
        Assert.Equal("/x", location.LocationPath);
    }

    [Theory]
    [InlineData("http { server { }")]
    [InlineData("http { } }")]
    public void Parse_UnbalancedBraces_Throws(string text) =>
        Assert.Throws<FormatException>(() => NginxConfParser.Parse(text));

    [Fact]
    public void Parse_TheRenderedConfiguration_FindsEveryAllowedLocation()
    {
        var root = NginxConfParser.Parse(WebGatewayFixtures.NginxConf(WebGatewayFixtures.ConfigMap()));
        Assert.Equal(WebGatewayFixtures.Config.Uris.AllowedPaths.Length, root.Descendants("location").Count(l => l.HandsOff));
    }
}
