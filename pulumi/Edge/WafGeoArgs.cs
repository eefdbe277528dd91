using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>The WAF's geo rule.</summary>
public sealed class WafGeoArgs : ResourceArgs
{
    /// <summary>allowList: only the countries pass; denyList (default): the countries are blocked.</summary>
    [Input("mode")]
    public string? Mode { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country codes, upper case (e.g. DE, FR).</summary>
    [Input("countries")]
    public List<string>? Countries { get; set; }
}
