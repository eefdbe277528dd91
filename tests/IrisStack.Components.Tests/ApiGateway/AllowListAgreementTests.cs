using System.Text.RegularExpressions;
using IrisStack.Components.Graph;
using IrisStack.Tests.Shared;
using YamlDotNet.RepresentationModel;

namespace IrisStack.Components.Tests.ApiGateway;

/// <summary>
/// The three allow-lists a request meets agree: the edge WAF's regex patterns (read from the stack's
/// web ACL pattern set), Kong's routes (rendered from the same stack's paths) and the Web Gateway's
/// allowedPaths (a trailing / is a prefix, anything else exact). Each admits exactly the same samples.
/// </summary>
public sealed class AllowListAgreementTests
{
    public static TheoryData<string> Stacks => ["dev", "prod"];

    [Theory]
    [MemberData(nameof(Stacks))]
    public void WafKongAndWebGateway_AdmitAndRefuseTheSamePaths(string stack)
    {
        var config = RealStacks.Config(stack);
        var allowed = config.WebGateway.Uris.AllowedPaths.ToList();
        var waf = WafPatterns(RealStacks.Build(stack).Graph);
        var kong = KongRoutePaths(allowed);

        var admitted = allowed.Select(p => p.EndsWith('/') ? p + "index.csp" : p).ToList();
        string[] refused = ["/", "/csp/sys/UtilHome.csp", "/api/atelier/v1/", "/appx", "/csp/broker/cspbroker.jsx", "/.git/config"];

        Assert.All(admitted, path => Assert.Equal((true, true, true), (Waf(waf, path), Kong(kong, path), WebGateway(allowed, path))));
        Assert.All(refused.Where(r => !admitted.Contains(r)), path => Assert.Equal((false, false, false), (Waf(waf, path), Kong(kong, path), WebGateway(allowed, path))));
    }

    private static List<Regex> WafPatterns(ResourceGraph graph) =>
        [.. ((ListValue)graph.OfType("aws:wafv2/regexPatternSet:RegexPatternSet").Single().Input("regularExpressions")!).Items
            .Select(i => new Regex(((StringValue)((MapValue)i)["regexString"]!).Value, RegexOptions.CultureInvariant))];

    // The WAF lower-cases the path before matching (its rule's text transformation).
    private static bool Waf(List<Regex> patterns, string path) => patterns.Any(p => p.IsMatch(path.ToLowerInvariant()));

    private static List<string> KongRoutePaths(IReadOnlyList<string> allowed)
    {
        var config = ApiGatewaySections.Read(ApiGatewaySections.Section(), secret: true);
        var yml = Components.ApiGateway.ApiGatewayRender.Render(config, allowed, ApiGatewaySections.Upstream, ApiGatewaySections.RedisHost, ApiGatewaySections.Secrets(config)).KongYml.Masked;
        var stream = new YamlStream();
        stream.Load(new StringReader(yml));
        var services = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["services"];
        return [.. services.Cast<YamlMappingNode>().SelectMany(s => ((YamlSequenceNode)s["routes"]).Cast<YamlMappingNode>())
            .SelectMany(r => ((YamlSequenceNode)r["paths"]).Select(p => ((YamlScalarNode)p).Value!))];
    }

    // Kong: a plain path is a prefix; a path starting with ~ is a regex anchored at the start.
    private static bool Kong(List<string> paths, string path) => paths.Any(p => p.StartsWith('~')
        ? Regex.IsMatch(path, "^(?:" + p[1..] + ")", RegexOptions.CultureInvariant)
        : path.StartsWith(p, StringComparison.Ordinal));

    private static bool WebGateway(IReadOnlyList<string> allowed, string path) =>
        allowed.Any(p => p.EndsWith('/') ? path.StartsWith(p, StringComparison.Ordinal) : path == p);
}
