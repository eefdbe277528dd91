using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>The encrypted default StorageClass of a <see cref="Cluster"/>.</summary>
public sealed class StorageArgs : ResourceArgs
{
    /// <summary>Name of the default StorageClass (default gp3-encrypted).</summary>
    [Input("className")]
    public string? ClassName { get; set; }

    /// <summary>Whether volumes outlive their claims: retain (default) or delete.</summary>
    [Input("reclaimPolicy")]
    public string? ReclaimPolicy { get; set; }
}
