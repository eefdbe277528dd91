using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>
/// A Role or ClusterRole that lets its subjects exec into pods (<c>pods/exec</c>, or a wildcard
/// covering it) names those pods in <c>resourceNames</c>.
/// </summary>
public sealed class ExecGrantedByName : ResourcePolicy
{
    private static readonly ImmutableHashSet<string> ExecResources = ["pods/exec", "pods/*", "*"];

    private static readonly ImmutableHashSet<string> CoreGroup = ["", "*"];

    // SPDY exec is create, WebSocket exec is get.
    private static readonly ImmutableHashSet<string> ExecVerbs = ["create", "get", "*"];

    /// <inheritdoc />
    public override string Id => "k8s-exec-granted-by-name";

    /// <inheritdoc />
    public override string Description => "Every Role and ClusterRole rule that grants pods/exec (directly or through pods/* or *) with create, get or * lists the pods it allows in resourceNames.";

    /// <inheritdoc />
    public override string Rationale => "Exec into an IRIS pod is OS authentication as irisowner, which IRIS lets in as %All without a password; a grant on every pod of a namespace also reaches pods created later. Naming the pods keeps the grant to the ones a job needs (the snapshot job's data pods).";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["C-0002"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => PeerIds.ToImmutableDictionary(p => p, _ => "exec is allowed when the pods are named, where the peer flags every exec grant");

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => ["kubernetes:rbac.authorization.k8s.io/v1:Role", "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole"];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(node);
        var rules = (node.Input("rules") as ListValue)?.Items ?? [];
        for (var i = 0; i < rules.Length; i++)
        {
            if (rules[i] is not MapValue rule || !Grants(rule, "apiGroups", CoreGroup) || !Grants(rule, "resources", ExecResources) || !Grants(rule, "verbs", ExecVerbs))
            {
                continue;
            }

            if (rule["resourceNames"] is not ListValue { Items.Length: > 0 })
            {
                yield return Violation(node, $"rules[{i}].resourceNames", "The rule lets its subjects exec into every pod it can see.", "List the pods the subject needs in resourceNames, or drop pods/exec from the rule.");
            }
        }
    }

    private static bool Grants(MapValue rule, string key, ImmutableHashSet<string> values) =>
        (rule[key] as ListValue)?.Items.Any(v => v is StringValue s && values.Contains(s.Value)) == true;
}
