using System.Collections.Immutable;
using IrisStack.Components.Data.Iko;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Data;

/// <summary>A docker-registry Secret's credentials are a Pulumi secret, so they never show in plain text in a plan, a preview or the state.</summary>
public sealed class PullSecretIsSecret : ResourcePolicy
{
    private static readonly ImmutableDictionary<string, string> KeysByType = ImmutableDictionary<string, string>.Empty
        .Add(DockerConfigJson.SecretType, DockerConfigJson.Key)
        .Add("kubernetes.io/dockercfg", ".dockercfg");

    private static readonly ImmutableArray<string> Fields = ["stringData", "data"];

    /// <inheritdoc />
    public override string Id => "k8s-pull-secret-is-secret";

    /// <inheritdoc />
    public override string Description => "Every kubernetes.io/dockerconfigjson (or dockercfg) Secret holds its .dockerconfigjson (or .dockercfg), in data or stringData, as a Pulumi secret.";

    /// <inheritdoc />
    public override string Rationale => "A registry login in plain text lands in plan.json, the preview output and the Pulumi state; with it anyone can pull the licensed InterSystems images or, with a writable account, replace them.";

    /// <inheritdoc />
    public override string Layer => "data";

    // Checkov's secrets scanner (CKV_SECRET_*) finds credential-shaped strings in files, not whether a Pulumi input is marked secret.
    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => ["kubernetes:core/v1:Secret"];

    /// <inheritdoc />
    protected override bool AppliesTo(ResourceNode node) => node.Input("type") is StringValue { Value: var type } && KeysByType.ContainsKey(type);

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        var key = KeysByType[((StringValue)node.Input("type")!).Value];
        var values = Fields
            .Select(field => (Field: field, Value: (node.Input(field) as MapValue)?[key]))
            .Where(v => v.Value is not null)
            .ToList();
        if (values.Count == 0)
        {
            yield return Violation(node, PropertyPath.Of("stringData", key), $"The Secret has no {key}.", $"Put the registry login under stringData.{key} as a secret value.");
        }

        foreach (var (field, value) in values.Where(v => v.Value is not SecretValue))
        {
            yield return Violation(node, PropertyPath.Of(field, key), $"{field}.{key} is not a secret value, so the registry login shows in plans and state.",
                "Build it from secret config (pulumi config set --path --secret iris-stack:data.operator.registry.password …), as the data layer does.");
        }
    }
}
