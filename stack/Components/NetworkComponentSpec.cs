using IrisStack.Components.Network;

namespace IrisStack.Stack.Components;

/// <summary>A network component's validated spec: where it deploys, its network settings and its policy settings.</summary>
/// <param name="Shared">Region, account, tags, protection and policy settings.</param>
/// <param name="Network">The network settings, the shape of <c>iris-stack:network</c>.</param>
public sealed record NetworkComponentSpec(ComponentContext Shared, NetworkConfig Network);
