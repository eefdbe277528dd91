using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>The containers.intersystems.com login of the image pull Secrets, the shape of <c>iris-stack:data.operator.registry</c>; both are required.</summary>
public sealed class DataOperatorRegistryArgs : ResourceArgs
{
    /// <summary>Registry user name, as a secret Output. Required.</summary>
    [Input("username")]
    public Input<string>? Username { get; set; }

    /// <summary>Registry password or Docker login token, as a secret Output; it lands only in kubernetes.io/dockerconfigjson Secrets. Required.</summary>
    [Input("password")]
    public Input<string>? Password { get; set; }
}
