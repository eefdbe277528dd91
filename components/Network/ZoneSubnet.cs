using IrisStack.Components.Graph;

namespace IrisStack.Components.Network;

/// <summary>A subnet's zone, id and block.</summary>
public sealed record ZoneSubnet(string Zone, Value Id, string Cidr);
