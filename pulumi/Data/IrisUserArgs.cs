using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>An IRIS application user, holding roles only.</summary>
public sealed class IrisUserArgs : ResourceArgs
{
    /// <summary>User name.</summary>
    [Input("name", required: true)]
    public string Name { get; set; } = null!;

    /// <summary>Its roles (at least one), from roles or predefined ones such as %SQL; never %All.</summary>
    [Input("roles", required: true)]
    public List<string> Roles { get; set; } = null!;

    /// <summary>Its password, as a secret Output; unset, the component generates one.</summary>
    [Input("password")]
    public Input<string>? Password { get; set; }
}
