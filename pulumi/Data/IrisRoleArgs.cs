using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>An IRIS role and its grants.</summary>
public sealed class IrisRoleArgs : ResourceArgs
{
    /// <summary>Role name (letters, digits and _, not starting with %).</summary>
    [Input("name", required: true)]
    public string Name { get; set; } = null!;

    /// <summary>Grants, each &lt;resource&gt;:&lt;permissions&gt; (R read, W write, U use), e.g. %DB_APPDATA:RW; at least one.</summary>
    [Input("resources", required: true)]
    public List<string> Resources { get; set; } = null!;

    /// <summary>What the role is for.</summary>
    [Input("description")]
    public string? Description { get; set; }
}
