namespace IrisStack.Components.Cluster;

/// <summary>The default StorageClass.</summary>
/// <param name="ClassName">Its name.</param>
/// <param name="ReclaimPolicy">What happens to volumes when their claims go.</param>
public sealed record StorageSpec(string ClassName, StorageReclaimPolicy ReclaimPolicy);
