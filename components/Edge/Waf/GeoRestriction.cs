using IrisStack.Components.Collections;

namespace IrisStack.Components.Edge.Waf;

/// <summary>The WAF's optional geo rule: an allow- or deny-list of ISO 3166-1 alpha-2 country codes.</summary>
/// <param name="Mode">Whether the countries are the only ones admitted or the ones refused.</param>
/// <param name="Countries">The country codes, upper case, each once.</param>
public sealed record GeoRestriction(GeoMatchMode Mode, EquatableArray<string> Countries);
