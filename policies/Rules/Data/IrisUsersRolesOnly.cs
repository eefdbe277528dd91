using IrisStack.Components.Data.Security;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Data;

/// <summary>Users get privileges through roles only, and only the named admin holds %All.</summary>
public sealed class IrisUsersRolesOnly : IrisMergeFilePolicy
{
    /// <inheritdoc />
    public override string Id => "iris-merge-users-roles-only";

    /// <inheritdoc />
    public override string Description => $"In the IRIS merge files no user is granted privileges directly (no Resources on CreateUser/ModifyUser, no GrantPrivilege/GrantAdminPrivilege to anything but a role the files create), and no account but the admin named by the ConfigMap annotation '{MergeFiles.AdminAnnotation}' holds %All.";

    /// <inheritdoc />
    public override string Rationale => "Privileges held by roles can be reviewed and revoked in one place; %All bypasses every resource check, so one named admin holds it and every other account gets exactly the roles it needs (iris.md §2.10, §2.11).";

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, IReadOnlyList<(string Key, MergeFile File)> files)
    {
        var admin = IrisMergeFileResources.Admin(node);
        var roles = files.SelectMany(f => f.File.Named("CreateRole")).Select(r => r["Name"]).OfType<string>()
            .Concat(IrisSecurityDefaults.PredefinedRoles).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, file) in files)
        {
            foreach (var user in file.Actions.Where(a => a.Is("CreateUser") || a.Is("ModifyUser")))
            {
                var name = user["Name"] ?? "(no name)";
                if (user["Resources"] is not null)
                {
                    yield return Violation(node, IrisMergeFileResources.Property(key), $"{user.Name} gives the user '{name}' resources directly.", "Put the resources in a role (CreateRole) and give the user that role.");
                }

                var held = (user["Roles"] ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (held.Contains(IrisSecurityDefaults.AllRole, StringComparer.OrdinalIgnoreCase) && !string.Equals(name, admin, StringComparison.Ordinal))
                {
                    yield return Violation(node, key, $"{user.Name} gives '{name}' the role %All, but {(admin is null ? "the ConfigMap names no admin" : $"the named admin is '{admin}'")}.",
                        "Give the account the roles it needs; only the named admin holds %All.", "users", "roles other than %All");
                }
            }

            foreach (var grant in file.Actions.Where(a => a.Is("GrantPrivilege") || a.Is("GrantAdminPrivilege")))
            {
                var grantee = grant["Grantee"] ?? "(none)";
                if (!roles.Contains(grantee))
                {
                    yield return Violation(node, IrisMergeFileResources.Property(key), $"{grant.Name} grants SQL privileges to '{grantee}', which is no role the merge files create.", "Grant the privileges to a role and give users that role.");
                }
            }
        }
    }
}
