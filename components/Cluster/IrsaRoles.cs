using IrisStack.Components.Graph;
using IrisStack.Components.Stack;

namespace IrisStack.Components.Cluster;

/// <summary>Adds an IAM role that exactly one Kubernetes service account can assume (IRSA), with its policy attachments.</summary>
public static class IrsaRoles
{
    /// <summary>
    /// Adds the role <paramref name="name"/> and one attachment per policy ARN (named
    /// <c>{name}-attachment-{i}</c>); returns the role.
    /// </summary>
    public static NodeRef Add(
        GraphBuilder graph,
        StackContext context,
        string parent,
        string name,
        string description,
        ClusterOutputs cluster,
        string @namespace,
        string serviceAccount,
        IEnumerable<Value> policyArns) =>
        Add(graph, context, parent, name, description, cluster.OidcProviderArn, cluster.OidcProviderUrl, @namespace, serviceAccount, policyArns);

    /// <summary>As <see cref="Add(GraphBuilder, StackContext, string, string, string, ClusterOutputs, string, string, IEnumerable{Value})"/>, from the OIDC provider's ARN and issuer.</summary>
    public static NodeRef Add(
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
        var index = 0;
        foreach (var policyArn in policyArns)
        {
            graph.Resource("aws:iam/rolePolicyAttachment:RolePolicyAttachment", $"{name}-attachment-{index++}", MapValue.Of(
                ("role", role.Output("name")),
                ("policyArn", policyArn)),
                parent);
        }

        return role;
    }
}
