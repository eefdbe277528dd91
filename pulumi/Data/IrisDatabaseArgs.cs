using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>An IRIS application database and the namespace over it.</summary>
public sealed class IrisDatabaseArgs : ResourceArgs
{
    /// <summary>Database name, upper case (its resource is %DB_&lt;name&gt;).</summary>
    [Input("name", required: true)]
    public string Name { get; set; } = null!;

    /// <summary>The namespace over it, upper case.</summary>
    [Input("namespace", required: true)]
    public string Namespace { get; set; } = null!;
}
