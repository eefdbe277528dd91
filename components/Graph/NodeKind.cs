namespace IrisStack.Components.Graph;

/// <summary>How a node is registered with the Pulumi engine.</summary>
public enum NodeKind
{
    /// <summary>A provider-managed resource (<c>CustomResource</c>).</summary>
    Custom,

    /// <summary>A component of ours (<c>ComponentResource</c>, local).</summary>
    Component,

    /// <summary>A multi-language component implemented by a provider plugin (<c>remote: true</c>).</summary>
    RemoteComponent,

    /// <summary>An explicit provider (<c>ProviderResource</c>, type <c>pulumi:providers:&lt;package&gt;</c>).</summary>
    Provider,
}
