using IrisStack.Components.Graph;

namespace IrisStack.Components.Network;

/// <summary>A subnet's id and the zone it is in.</summary>
public sealed record ZoneSubnet(string Zone, OutputReference Id);
