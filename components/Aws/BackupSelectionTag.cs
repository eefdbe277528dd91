namespace IrisStack.Components.Aws;

/// <summary>
/// The tag that puts a resource into the stack's AWS Backup selection: the cluster layer's
/// StorageClass writes it on every EBS volume it provisions and the data layer's backup selection
/// picks resources by it, so both read it here. The value names the stack (and instance), so two
/// stacks in one account never back up each other's volumes.
/// </summary>
public static class BackupSelectionTag
{
    /// <summary>The tag key.</summary>
    public const string Key = "iris-stack:backup";

    /// <summary>The tag value for the stack: <c>{project}-{stack}[-{instance}]</c>.</summary>
    public static string Value(StackContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.PhysicalName("-");
    }

    /// <summary>
    /// The StorageClass parameter that makes the EBS CSI driver tag the volumes it creates:
    /// <c>tagSpecification_&lt;n&gt;: "key=value"</c> (aws-ebs-csi-driver docs/tagging.md, v1.6.0 and later).
    /// </summary>
    public static (string Parameter, string Value) StorageClassParameter(StackContext context) =>
        ("tagSpecification_1", $"{Key}={Value(context)}");
}
