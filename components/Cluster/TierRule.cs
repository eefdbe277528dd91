using IrisStack.Components.Collections;

namespace IrisStack.Components.Cluster;

/// <summary>One allowed hop of the tier chain: who may open TCP connections to which tier on which ports.</summary>
/// <param name="Purpose">What the hop is for (<c>ECP</c>, <c>mirroring</c>), for documentation and reports.</param>
/// <param name="From">The source.</param>
/// <param name="To">The destination tier.</param>
/// <param name="Ports">TCP ports on the destination.</param>
public sealed record TierRule(string Purpose, TrafficSource From, Tier To, EquatableArray<int> Ports);
