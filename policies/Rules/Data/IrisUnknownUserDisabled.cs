using IrisStack.Components.Data.Security;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Data;

/// <summary>UnknownUser is disabled, holds no role, and no service or application allows unauthenticated access.</summary>
public sealed class IrisUnknownUserDisabled : IrisMergeFilePolicy
{
    /// <inheritdoc />
    public override string Id => "iris-merge-unknown-user-disabled";

    /// <inheritdoc />
    public override string Description => "The IRIS merge files set ModifyUser:Name=UnknownUser,Enabled=0, never enable it or give it roles, and no service or application allows unauthenticated access ($$$AutheUnauthenticated or bit 64 in AutheEnabled).";

    /// <inheritdoc />
    public override string Rationale => "UnknownUser is the identity of every unauthenticated connection; with Unauthenticated allowed anywhere, anyone gets in with its roles, which are %All on a Minimal install (iris.md §2.4, §2.10).";

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, IReadOnlyList<(string Key, MergeFile File)> files)
    {
        var key = files.Any(f => f.Key == MergeFiles.CommonKey) ? MergeFiles.CommonKey : files[0].Key;
        var unknown = files.SelectMany(f => f.File.Named("ModifyUser")).Where(u => string.Equals(u["Name"], IrisSecurityDefaults.UnknownUser, StringComparison.OrdinalIgnoreCase)).ToList();
        if (!unknown.Any(u => u["Enabled"]?.Trim() == "0") || unknown.Any(u => IsOn(u["Enabled"])))
        {
            yield return Violation(node, IrisMergeFileResources.Property(key), "The merge files do not disable UnknownUser (ModifyUser:Name=UnknownUser,Enabled=0), or enable it.", "Add ModifyUser:Name=UnknownUser,Enabled=0 to common.cpf, as the data layer renders it.");
        }

        foreach (var roles in unknown.Select(u => u["Roles"]).Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            yield return Violation(node, IrisMergeFileResources.Property(key), $"UnknownUser is given the roles '{roles}'.", "Give UnknownUser no roles.");
        }

        foreach (var (fileKey, file) in files)
        {
            foreach (var action in file.Actions.Where(a => a["AutheEnabled"] is { } v && AllowsUnauthenticated(v)))
            {
                yield return Violation(node, IrisMergeFileResources.Property(fileKey), $"{action.Name}:Name={action["Name"]} allows unauthenticated access (AutheEnabled={action["AutheEnabled"]}).", "Allow only authenticated methods, e.g. AutheEnabled=$$$AuthePassword.");
            }
        }
    }

    private static bool AllowsUnauthenticated(string value) =>
        value.Contains("AutheUnauthenticated", StringComparison.OrdinalIgnoreCase) || (long.TryParse(value, out var bits) && (bits & 64) != 0);
}
