using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>
/// Exactly one StorageClass is the default and it is an encrypted one; on EKS, the <c>gp2</c> class
/// EKS creates (unencrypted) is patched so it is not a default.
/// </summary>
public sealed class DefaultStorageClassEncrypted : StackPolicy
{
    /// <inheritdoc />
    public override string Id => "k8s-default-storageclass-encrypted";

    /// <inheritdoc />
    public override string Description => "Exactly one StorageClass is the default, it encrypts with a CMK, and EKS's unencrypted gp2 class is patched to not be a default.";

    /// <inheritdoc />
    public override string Rationale => "A claim without a class gets the default; if that is EKS's gp2 class, its volume is unencrypted whatever the stack's own classes say.";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["C-0264"];

    private static readonly ImmutableHashSet<string> ExaminedTypes = [ClusterTypes.StorageClass, ClusterTypes.StorageClassPatch, .. ClusterTypes.Clusters];

    /// <inheritdoc />
    public override bool Examines(string type) => ExaminedTypes.Contains(type);

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        var classes = graph.OfType(ClusterTypes.StorageClass).ToList();
        var clusters = graph.Nodes.Where(n => ClusterTypes.Clusters.Contains(n.Type)).ToList();
        if (classes.Count == 0 && clusters.Count == 0)
        {
            return PolicyOutcome.NotApplicable;
        }

        var findings = new List<Finding>();
        var defaults = classes.Where(IsMarkedDefault).ToList();
        var anchor = clusters.FirstOrDefault() ?? classes[0];
        if (defaults.Count != 1)
        {
            findings.Add(new Finding(defaults.Count > 1 ? defaults[1].Name : anchor.Name, PropertyPath.Of("metadata", "annotations", ClusterTypes.DefaultClassAnnotation),
                defaults.Count == 0 ? "No StorageClass of the stack is the default, so claims without a class get EKS's unencrypted gp2." : "More than one StorageClass is marked default.",
                "Mark exactly one encrypted StorageClass with storageclass.kubernetes.io/is-default-class: \"true\"."));
        }

        foreach (var unencrypted in defaults.Where(d => d.Input("parameters.encrypted") is not StringValue { Value: "true" } || !ClusterTypes.IsSet(d.Input("parameters.kmsKeyId"))))
        {
            findings.Add(new Finding(unencrypted.Name, "parameters", "The default StorageClass does not encrypt with a customer-managed key.", "Set parameters.encrypted: \"true\" and parameters.kmsKeyId on it."));
        }

        var gp2Undefaulted = graph.OfType(ClusterTypes.StorageClassPatch).Any(p =>
            ClusterTypes.Text(p, "metadata.name") == "gp2" && (p.Input("metadata.annotations") as MapValue)?[ClusterTypes.DefaultClassAnnotation] is StringValue { Value: "false" });
        foreach (var cluster in clusters.Where(_ => !gp2Undefaulted))
        {
            findings.Add(new Finding(cluster.Name, string.Empty, "EKS creates an unencrypted gp2 StorageClass that may be marked default, and nothing takes the mark off.",
                "Add a kubernetes:storage.k8s.io/v1:StorageClassPatch of gp2 setting storageclass.kubernetes.io/is-default-class: \"false\"."));
        }

        return PolicyOutcome.From(findings);
    }

    private static bool IsMarkedDefault(ResourceNode storageClass) =>
        (storageClass.Input("metadata.annotations") as MapValue)?[ClusterTypes.DefaultClassAnnotation] is StringValue { Value: "true" };
}
