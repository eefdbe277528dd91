using Pulumi;

namespace IrisStack.Pulumi.Registration;

/// <summary>One of our own components (<c>iris:&lt;layer&gt;:&lt;Type&gt;</c>): a plain component resource.</summary>
internal sealed class LocalComponent(string type, string name, ComponentResourceOptions options)
    : ComponentResource(type, name, options)
{
    /// <summary>Marks the component complete once its children are registered (RegisterOutputs is protected).</summary>
    public void Complete() => RegisterOutputs(new Dictionary<string, object?>());
}
