namespace IrisStack.Components.Data.Security;

/// <summary>An application database and the namespace over it; its resource is <c>%DB_&lt;NAME&gt;</c>.</summary>
/// <param name="Name">The database name (upper case).</param>
/// <param name="Namespace">The namespace whose globals and routines live in it.</param>
public sealed record AppDatabase(string Name, string Namespace)
{
    /// <summary>The resource protecting the database (custom database resources start with <c>%DB_</c>, SAG §9.5).</summary>
    public string Resource => "%DB_" + Name;

    /// <summary>Its directory on a data node: under IKO's data volume, <c>/irissys/data/IRIS/mgr</c>.</summary>
    public string Directory => "/irissys/data/IRIS/mgr/" + Name.ToLowerInvariant();
}
