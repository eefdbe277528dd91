using System.Collections.Immutable;
using IrisStack.Components.Data.Security;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Data;

/// <summary>
/// A policy on the IRIS merge files of the configSource ConfigMap: the text IKO merges into every
/// instance, parsed as IRIS reads it. A file that is not text or cannot be parsed is a finding,
/// never compliant, since nothing could be checked.
/// </summary>
public abstract class IrisMergeFilePolicy : ResourcePolicy
{
    /// <inheritdoc />
    public override string Layer => "data";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [IrisMergeFileResources.ConfigMapType];

    /// <inheritdoc />
    protected sealed override bool AppliesTo(ResourceNode node) => IrisMergeFileResources.HoldsMergeFiles(node);

    /// <inheritdoc />
    protected sealed override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        var files = new List<(string Key, MergeFile File)>();
        var findings = new List<Finding>();
        foreach (var (key, text) in IrisMergeFileResources.Texts(node))
        {
            if (text is null)
            {
                findings.Add(Violation(node, IrisMergeFileResources.Property(key), $"{key} is not text (not a string, or not known at preview), so it cannot be checked.", $"Put the rendered merge file in the ConfigMap's data under '{key}' as a string, as the data layer does."));
                continue;
            }

            try
            {
                files.Add((key, MergeFile.Parse(text)));
            }
            catch (FormatException e)
            {
                findings.Add(Violation(node, IrisMergeFileResources.Property(key), $"{key} cannot be parsed as a merge file: {e.Message}", "Rebuild it from the stack's iris-stack:data.security settings instead of editing the rendered text."));
            }
        }

        return findings.Count > 0 ? findings : Check(node, files);
    }

    /// <summary>Checks the parsed merge files of one ConfigMap, by data key.</summary>
    protected abstract IEnumerable<Finding> Check(ResourceNode node, IReadOnlyList<(string Key, MergeFile File)> files);

    /// <summary>A finding on one merge file that a <c>data.security</c> setting decides.</summary>
    protected static Finding Violation(ResourceNode node, string key, string message, string fix, string setting, string want) =>
        Violation(node, IrisMergeFileResources.Property(key), message, fix) with { Setting = setting, Want = want };

    /// <summary>Whether an action property is on (<c>1</c>).</summary>
    protected static bool IsOn(string? value) => value?.Trim() == "1";
}
