using System.Collections.Immutable;
using IrisStack.Components.Aws;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Cluster;

/// <summary>Adds an IAM role that exactly one Kubernetes service account can assume (IRSA), with its policy attachments.</summary>
public static class IrsaRoles
{
    /// <summary>
    /// Adds the role <paramref name="name"/>, trusted by the service account
    /// <paramref name="namespace"/>/<paramref name="serviceAccount"/> through the OIDC provider, and one
    /// attachment per policy ARN (<c>{name}-attachment-{i}</c>).
    /// </summary>
    public static IrsaRole Add(
        GraphBuilder graph,
        StackContext context,
        string parent,
        string name,
        string description,
        Value oidcProviderArn,
        Value oidcIssuer,
        string @namespace,
        string serviceAccount,
        IEnumerable<Value> policyArns)
    {
        var role = graph.Resource("aws:iam/role:Role", name, MapValue.Of(
            ("description", description),
            ("assumeRolePolicy", IrsaTrustPolicy.Render(oidcProviderArn, oidcIssuer, @namespace, serviceAccount)),
            ("tags", context.TagsFor(name))),
            parent);
        var attachments = policyArns.Select((policyArn, index) =>
            graph.Resource("aws:iam/rolePolicyAttachment:RolePolicyAttachment", $"{name}-attachment-{index}", MapValue.Of(
                ("role", role.Output("name")),
                ("policyArn", policyArn)),
                parent)).ToImmutableArray();
        return new IrsaRole(role, attachments);
    }
}
