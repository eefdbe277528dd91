using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>Args of an <see cref="Edge"/>: the paths it admits and the settings of <c>iris-stack:edge</c>, validated the same way.</summary>
public sealed class EdgeArgs : LayerArgs
{
    /// <summary>The paths the edge admits (ending in / = prefix, otherwise exact): give it the Web Gateway's allowedPaths, so both admit the same.</summary>
    [Input("allowedPaths")]
    public List<string>? AllowedPaths { get; set; }

    /// <summary>The WAF in front of CloudFront: IP block list, rate limit, geo rule, managed rule groups, logging.</summary>
    [Input("waf")]
    public WafArgs? Waf { get; set; }
}
