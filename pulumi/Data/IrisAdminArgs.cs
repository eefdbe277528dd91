using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>The named IRIS admin, the only account holding %All; it replaces the predefined _SYSTEM, Admin and SuperUser.</summary>
public sealed class IrisAdminArgs : ResourceArgs
{
    /// <summary>The admin account's name (default irisadmin).</summary>
    [Input("username")]
    public string? Username { get; set; }

    /// <summary>The admin's password, as a secret Output; unset, the component generates one.</summary>
    [Input("password")]
    public Input<string>? Password { get; set; }
}
