using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Security;

/// <summary>
/// The three merge files of IKO's configSource ConfigMap: IKO appends <c>common.cpf</c> and then
/// <c>data.cpf</c> (data nodes) or <c>compute.cpf</c> (compute nodes) to the configuration it
/// generates (iris.md §1.2, §1.7).
/// </summary>
/// <param name="Common">Security for every instance: startup password hash, system policy, audit, RBAC, services, TLS, applications.</param>
/// <param name="Data">The application databases and namespaces on the data nodes (mirrored in a mirrored tier).</param>
/// <param name="Compute">The same databases as ECP remote databases on the compute nodes, and their namespaces.</param>
public sealed record MergeFiles(MergeFileText Common, MergeFileText Data, MergeFileText Compute)
{
    /// <summary>The ConfigMap key of the common merge file.</summary>
    public const string CommonKey = "common.cpf";

    /// <summary>The ConfigMap key of the data-node merge file.</summary>
    public const string DataKey = "data.cpf";

    /// <summary>The ConfigMap key of the compute-node merge file.</summary>
    public const string ComputeKey = "compute.cpf";

    /// <summary>
    /// The ConfigMap annotation naming the admin account, the one <c>%All</c> holder the policies
    /// accept; the merge files alone cannot say which account is the named admin.
    /// </summary>
    public const string AdminAnnotation = "iris-stack/iris-admin";

    /// <summary>The ConfigMap's <c>data</c>: each file under its key.</summary>
    public MapValue ConfigMapData() => MapValue.Of((CommonKey, Common.Value), (DataKey, Data.Value), (ComputeKey, Compute.Value));
}
