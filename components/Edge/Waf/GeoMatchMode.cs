namespace IrisStack.Components.Edge.Waf;

/// <summary>How the WAF's geo rule treats the listed countries.</summary>
public enum GeoMatchMode
{
    /// <summary>Only requests from the listed countries pass; the rule blocks every other origin.</summary>
    AllowList,

    /// <summary>Requests from the listed countries are blocked; the rest pass on to the next rule.</summary>
    DenyList,
}
