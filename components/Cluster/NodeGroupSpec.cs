using IrisStack.Components.Collections;

namespace IrisStack.Components.Cluster;

/// <summary>One managed node group, validated.</summary>
/// <param name="Name">Short name (<c>general</c>, <c>iris</c>); part of the logical names.</param>
/// <param name="InstanceTypes">EC2 instance types, all of one CPU architecture.</param>
/// <param name="MinSize">Fewest nodes.</param>
/// <param name="MaxSize">Most nodes.</param>
/// <param name="DesiredSize">Nodes at creation.</param>
/// <param name="DiskSizeGiB">Encrypted gp3 root volume size.</param>
/// <param name="DedicatedTo">When set, the nodes carry the tier's label and a NoSchedule taint, so only that tier's pods (which tolerate it) run there.</param>
public sealed record NodeGroupSpec(
    string Name,
    EquatableArray<string> InstanceTypes,
    int MinSize,
    int MaxSize,
    int DesiredSize,
    int DiskSizeGiB,
    TierGroup? DedicatedTo)
{
    /// <summary>Whether the instance types are Graviton (arm64): <c>a1</c>, or a digit followed by <c>g</c> in the family (<c>m7g</c>, <c>c6gn</c>, <c>t4g</c>).</summary>
    public bool IsArm => InstanceTypes.All(IsArmType);

    /// <summary>The EKS AMI type (Amazon Linux 2023) for the architecture.</summary>
    public string AmiType => IsArm ? "AL2023_ARM_64_STANDARD" : "AL2023_x86_64_STANDARD";

    /// <summary>Whether one instance type is Graviton.</summary>
    public static bool IsArmType(string instanceType)
    {
        var family = instanceType.Split('.')[0];
        var digit = family.AsSpan().IndexOfAnyInRange('0', '9');
        return IsA1Type(instanceType) || (digit > 0 && digit + 1 < family.Length && family[digit + 1] == 'g');
    }

    /// <summary>Whether the type is of the first Graviton family, A1, which Amazon Linux 2023 (our node AMI) does not support.</summary>
    public static bool IsA1Type(string instanceType) => instanceType.Split('.')[0] == "a1";
}
