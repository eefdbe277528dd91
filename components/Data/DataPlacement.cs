using IrisStack.Components.Collections;

namespace IrisStack.Components.Data;

/// <summary>What the data layer takes from the cluster layer's settings besides its outputs.</summary>
/// <param name="StorageClassName">The encrypted default StorageClass every IRIS volume is allocated from.</param>
/// <param name="DedicatedNodes">Whether a node group is dedicated to IRIS (its pods then select and tolerate it).</param>
public sealed record DataPlacement(string StorageClassName, bool DedicatedNodes)
{
    /// <summary>
    /// The CIDR blocks of the subnets that hold the EKS control plane's network interfaces (the
    /// cluster's private subnets): the operator's NetworkPolicies admit the Kubernetes API through them.
    /// </summary>
    public EquatableArray<string> ControlPlaneCidrs { get; init; } = [];
}
