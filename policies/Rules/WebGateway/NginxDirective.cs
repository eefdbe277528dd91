using System.Collections.Immutable;

namespace IrisStack.Policies.Rules.WebGateway;

/// <summary>One directive of an nginx configuration: its name, arguments and, for blocks, its children.</summary>
public sealed record NginxDirective(string Name, ImmutableArray<string> Args, ImmutableArray<NginxDirective> Children, bool IsBlock)
{
    /// <summary>Direct children with that name.</summary>
    public IEnumerable<NginxDirective> Named(string name) => Children.Where(c => c.Name == name);

    /// <summary>This directive's descendants (depth first) with that name.</summary>
    public IEnumerable<NginxDirective> Descendants(string name) =>
        Children.SelectMany(c => (c.Name == name ? [c] : Enumerable.Empty<NginxDirective>()).Concat(c.Descendants(name)));

    /// <summary>The location path of a <c>location</c> block (its last argument), else empty.</summary>
    public string LocationPath => Name == "location" && Args.Length > 0 ? Args[^1] : string.Empty;

    /// <summary>Whether a location is an exact match (<c>location = /x</c>).</summary>
    public bool IsExactLocation => Name == "location" && Args.Length == 2 && Args[0] == "=";

    /// <summary>
    /// Whether a location hands requests on to IRIS: proxy_pass locally; in the cluster the CSP
    /// module, which takes a request only with 'CSP on' or a CSPFileTypes list (CSPNSD_pass alone
    /// only names the NSD).
    /// </summary>
    public bool HandsOff => Name == "location" &&
        Children.Any(c => c.Name == "proxy_pass" || (c.Name == "CSPFileTypes" && c.Args.Length > 0) ||
            (c.Name == "CSP" && c.Args.FirstOrDefault()?.Equals("on", StringComparison.OrdinalIgnoreCase) == true));
}
