using System.Collections.Immutable;
using System.Text.RegularExpressions;
using IrisStack.Components.Graph;
using IrisStack.Components.WebGateway;

namespace IrisStack.Policies.Rules.WebGateway;

/// <summary>The block-list refuses the dangerous IRIS URIs on both the raw and the decoded request, in any letter case.</summary>
public sealed class WebGatewayUriBlockList : NginxConfPolicy
{
    /// <inheritdoc />
    public override string Id => "webgateway-uri-block-list";

    /// <inheritdoc />
    public override string Description => "The Web Gateway's block-list maps match every default dangerous IRIS URI (login and password-change pages, %login, the SVG page, /csp/sys/, /csp/bin/Systems/, /csp/docbook/, /csp/documatic/, /api/atelier/, /api/mgmnt/) on the raw and the decoded request, case-insensitively, and the server returns 403 on a match.";

    /// <inheritdoc />
    public override string Rationale => "A second line behind the allow-list: if an allow-list entry is too wide, the pages attackers probe first (login forms, the portal, the documentation and code APIs) still stay shut; checking both forms defeats percent-encoding tricks.";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["G2"];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, NginxDirective root)
    {
        var maps = root.Descendants("map").Where(m => m.IsBlock && m.Args.Length == 2).ToList();
        var raw = maps.FirstOrDefault(m => m.Args[0] == "$request_uri" && m.Args[1] == NginxNames.BlockedRaw);
        var decoded = maps.FirstOrDefault(m => m.Args[0] == "$uri" && m.Args[1] == NginxNames.BlockedDecoded);
        var combined = maps.FirstOrDefault(m => m.Args[1] == NginxNames.Blocked
            && m.Args[0].Contains(NginxNames.BlockedRaw, StringComparison.Ordinal) && m.Args[0].Contains(NginxNames.BlockedDecoded, StringComparison.Ordinal));
        var enforced = WebGatewayResources.Servers(root).Any() && WebGatewayResources.Servers(root).All(s =>
            s.Named("if").Any(i => i.Args.Length == 1 && i.Args[0] == $"({NginxNames.Blocked})" && i.Named("return").Any(r => r.Args.FirstOrDefault() == "403")));
        if (raw is null || decoded is null || combined is null || !enforced)
        {
            yield return Violation(node, Property,
                $"The block-list must be rendered as maps {NginxNames.BlockedRaw} ($request_uri) and {NginxNames.BlockedDecoded} ($uri), combined into {NginxNames.Blocked} and enforced with 'if ({NginxNames.Blocked}) {{ return 403; }}' in every server.",
                "Give the entries in iris-stack:webGateway.blockedUris and let the webgateway layer render nginx.conf (it writes the maps and the 403 into every server); do not edit the rendered file.");
            yield break;
        }

        foreach (var entry in WebGatewayDefaults.BlockedUris)
        {
            var decodedSample = entry.StartsWith('/') ? entry + "x" : "/csp/app/" + entry;
            var rawSample = decodedSample.Replace("%", "%25", StringComparison.Ordinal) + "?a=1";
            var missed = new[] { (Map: decoded, Sample: decodedSample, Form: "decoded"), (Map: raw, Sample: rawSample, Form: "raw") }
                .Where(c => !Variants(c.Sample).All(v => Matches(c.Map, v)))
                .Select(c => c.Form)
                .ToList();
            if (missed.Count > 0)
            {
                yield return Violation(node, Property,
                    $"The block-list does not refuse '{entry}' on the {string.Join(" and ", missed)} request in every letter case.",
                    $"Make the {NginxNames.BlockedRaw} and {NginxNames.BlockedDecoded} maps refuse '{entry}' case-insensitively.")
                    with
                { Setting = "blockedUris", Want = $"a list that keeps '{entry}' (it is in the default list)" };
            }
        }
    }

    private static IEnumerable<string> Variants(string sample) => [sample, sample.ToUpperInvariant(), sample.ToLowerInvariant()];

    // nginx map keys: '~' case-sensitive and '~*' case-insensitive PCRE, otherwise exact strings.
    private static bool Matches(NginxDirective map, string input) => map.Children
        .Where(c => c.Name != "default" && c.Args.FirstOrDefault() == "1")
        .Any(c => c.Name switch
        {
            var k when k.StartsWith("~*", StringComparison.Ordinal) => Regex.IsMatch(input, k[2..], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            var k when k.StartsWith('~') => Regex.IsMatch(input, k[1..], RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            var k => k == input,
        });
}
