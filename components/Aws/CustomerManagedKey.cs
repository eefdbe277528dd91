using System.Text.Json.Nodes;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Aws;

/// <summary>
/// A customer-managed KMS key as every layer creates one: rotation on, a 30-day deletion window,
/// its own key policy, protected when the stack protects stateful resources, and an alias
/// <c>alias/{project}-{stack}[-{instance}]-{purpose}</c> so people can find it.
/// </summary>
public static class CustomerManagedKey
{
    /// <summary>
    /// Adds the key <c>{name}</c> and its alias <c>{name}-alias</c> under <paramref name="parent"/>,
    /// through <paramref name="provider"/> when the key belongs in another region than the stack's.
    /// </summary>
    public static NodeRef Add(GraphBuilder graph, StackContext context, string name, string parent, string purpose, string description, JsonObject policy, string? provider = null)
    {
        var key = graph.Resource("aws:kms/key:Key", name, MapValue.Of(
            ("description", description),
            ("enableKeyRotation", true),
            ("deletionWindowInDays", 30),
            ("policy", JsonTemplate.Render(policy)),
            ("tags", context.TagsFor(name))),
            parent,
            new ResourceOptions { Protect = context.ProtectStatefulResources, Provider = provider });
        graph.Resource("aws:kms/alias:Alias", $"{name}-alias", MapValue.Of(
            ("name", $"alias/{context.PhysicalName("-")}-{purpose}"),
            ("targetKeyId", key.Output("keyId"))), parent, new ResourceOptions { Provider = provider });
        return key;
    }
}
