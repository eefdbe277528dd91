using IrisStack.Components.Data.Security;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Data;

/// <summary>No merge file holds a password, the default SYS survives nowhere, and every hash is a secret.</summary>
public sealed class IrisMergeNoDefaultPassword : IrisMergeFilePolicy
{
    /// <inheritdoc />
    public override string Id => "iris-merge-no-default-password";

    /// <inheritdoc />
    public override string Description => "The IRIS merge files set no Password (only PasswordHash), no value is the default SYS, [Startup] PasswordHash replaces the predefined accounts' SYS, and every PasswordHash is a secret.";

    /// <inheritdoc />
    public override string Rationale => "Every predefined IRIS account starts with the password SYS, which attackers try first; a merge file is a ConfigMap anyone with read access sees, so it must carry salted hashes kept secret, never passwords (iris.md §2.2, §5.2).";

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, IReadOnlyList<(string Key, MergeFile File)> files)
    {
        foreach (var (key, file) in files)
        {
            foreach (var (section, entry) in file.Keys)
            {
                foreach (var finding in Value(node, key, $"[{section}] {entry.Key}", entry))
                {
                    yield return finding;
                }
            }

            foreach (var action in file.Actions)
            {
                foreach (var finding in action.Properties.SelectMany(p => Value(node, key, $"{action.Name}:Name={action["Name"]} {p.Key}", p)))
                {
                    yield return finding;
                }
            }
        }

        if (!files.Any(f => f.File.Key("Startup", "PasswordHash") is { Length: > 0 }))
        {
            yield return Violation(node, files.FirstOrDefault(f => f.Key == MergeFiles.CommonKey).Key ?? files[0].Key,
                "No merge file sets [Startup] PasswordHash, so the predefined accounts keep the default password SYS.",
                "Add [Startup] PasswordHash to common.cpf (the data layer renders it from predefinedPassword, or a generated one).",
                "predefinedPassword", "a secret (or unset, so the stack generates one)");
        }
    }

    private static IEnumerable<Finding> Value(ResourceNode node, string key, string where, MergeFileEntry entry)
    {
        if (entry.Key.Equals("Password", StringComparison.OrdinalIgnoreCase))
        {
            yield return Violation(node, IrisMergeFileResources.Property(key), $"{key} sets a password in clear ({where}); a merge file must carry only PasswordHash.", "Replace it with PasswordHash=\"<hash>,<salt>,<work factor>,<algorithm>\" supplied as a secret.");
        }
        else if (entry.Value.Trim().Equals("SYS", StringComparison.OrdinalIgnoreCase) && entry.Key.Contains("Password", StringComparison.OrdinalIgnoreCase))
        {
            yield return Violation(node, IrisMergeFileResources.Property(key), $"{key} sets the default password SYS ({where}).", "Use a password of the stack's own, as a secret hash.");
        }
        else if (entry.Key.Equals("PasswordHash", StringComparison.OrdinalIgnoreCase) && entry.Value != SecretValue.Mask)
        {
            yield return Violation(node, IrisMergeFileResources.Property(key), $"{key} has a PasswordHash written as plain text ({where}); it must be a secret so plans and artifacts never show it.", "Supply the hash as a secret (the data layer's password-hash inputs).");
        }
    }
}
