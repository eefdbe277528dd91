using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>Volume sizes (Kubernetes storage quantities such as 20Gi) of every IRIS node.</summary>
public sealed class IrisStorageArgs : ResourceArgs
{
    /// <summary>storageDB: the databases (default 20Gi).</summary>
    [Input("db")]
    public string? Db { get; set; }

    /// <summary>storageWIJ: the write image journal (default 10Gi).</summary>
    [Input("wij")]
    public string? Wij { get; set; }

    /// <summary>storageJournal1: the primary journal directory (default 10Gi).</summary>
    [Input("journal1")]
    public string? Journal1 { get; set; }

    /// <summary>storageJournal2: the alternate journal directory (default 10Gi).</summary>
    [Input("journal2")]
    public string? Journal2 { get; set; }
}
