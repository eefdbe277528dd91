using IrisStack.Components.Config;
using IrisStack.Components.Kubernetes;

namespace IrisStack.Components.Data.Cluster;

/// <summary>
/// Sizes of the four volumes IKO gives each IRIS node: storageDB (databases), storageWIJ (write
/// image journal), storageJournal1 and storageJournal2 (primary and alternate journals).
/// </summary>
public sealed record IrisStorage(string Db, string Wij, string Journal1, string Journal2)
{
    /// <summary>Reads a <c>storage</c> section; unset keys take <paramref name="defaults"/>.</summary>
    public static IrisStorage Read(ConfigSection section, IrisStorage defaults)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(defaults);
        string Size(string key, string @default, string description) => section.String(key, @default, description,
            v => PodResources.IsStorageQuantity(v) ? null : $"'{v}' is not a Kubernetes storage quantity (e.g. 20Gi).",
            "use a size such as 20Gi (Mi, Gi or Ti).");
        var storage = new IrisStorage(
            Size("db", defaults.Db, "storageDB: the databases"),
            Size("wij", defaults.Wij, "storageWIJ: the write image journal"),
            Size("journal1", defaults.Journal1, "storageJournal1: the primary journal directory"),
            Size("journal2", defaults.Journal2, "storageJournal2: the alternate journal directory"));
        section.RejectUnknownKeys();
        return storage;
    }
}
