namespace IrisStack.Components.Cluster;

/// <summary>What happens to a dynamically provisioned EBS volume when its claim is deleted.</summary>
public enum StorageReclaimPolicy
{
    /// <summary>The volume (and its data) outlives the claim; deleting it is a deliberate act.</summary>
    Retain,

    /// <summary>The volume is deleted with its claim: for throw-away environments only.</summary>
    Delete,
}
