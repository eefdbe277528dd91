using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Iko;

/// <summary>The InterSystems Container Registry login the pull Secrets carry; both parts are secrets.</summary>
/// <param name="Username">The registry user name.</param>
/// <param name="Password">The registry password or the Docker login token from containers.intersystems.com.</param>
public sealed record RegistryCredentials(SecretValue Username, SecretValue Password)
{
    /// <summary>The InterSystems Container Registry, where the operator and IRIS images come from.</summary>
    public const string Server = "containers.intersystems.com";
}
