using System.Collections.Immutable;
using System.Text.RegularExpressions;
using IrisStack.Components.Collections;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Security;

/// <summary>
/// The IRIS security configuration (<c>iris-stack:data.security</c>), validated, every default
/// applied: what the merge files say about auditing, passwords, RBAC, services, TLS, the REST
/// applications and the application databases.
/// </summary>
/// <param name="Audit">Auditing and its events.</param>
/// <param name="PasswordPolicy">Password and login policy.</param>
/// <param name="AdminUsername">The named admin: the only account holding <c>%All</c>.</param>
/// <param name="AdminPassword">Its password when the stack sets one (a secret); unset, the data layer generates one.</param>
/// <param name="PredefinedPassword">The predefined accounts' new password (replacing SYS) when the stack sets one; unset, the data layer generates one.</param>
/// <param name="Databases">Application databases, one namespace each.</param>
/// <param name="Resources">Custom resources (for applications), besides each database's <c>%DB_&lt;NAME&gt;</c>.</param>
/// <param name="Roles">Roles and their grants.</param>
/// <param name="Users">Application users, each holding roles only.</param>
/// <param name="Applications">The REST applications.</param>
/// <param name="AllowDevelopmentApplications">Leave <c>/api/atelier</c> and <c>/csp/documatic</c> as the image has them; false disables them.</param>
/// <param name="DisabledServices">Services disabled.</param>
/// <param name="DisabledAccounts">Predefined accounts disabled (UnknownUser is disabled always).</param>
/// <param name="SuperserverTls">TLS required on the superserver.</param>
/// <param name="SystemRecordName">The <c>Name</c> that <c>ModifySystem</c> addresses (unconfirmed value, iris.md §2.3).</param>
/// <param name="SetDatabaseResource">Whether <c>CreateDatabase</c> carries <c>Resource=%DB_&lt;NAME&gt;</c> (unconfirmed property, iris.md §2.3).</param>
public sealed partial record IrisSecurityConfig(
    AuditSettings Audit,
    PasswordPolicy PasswordPolicy,
    string AdminUsername,
    SecretValue? AdminPassword,
    SecretValue? PredefinedPassword,
    EquatableArray<AppDatabase> Databases,
    EquatableArray<string> Resources,
    EquatableArray<IrisRole> Roles,
    EquatableArray<IrisUser> Users,
    EquatableArray<RestApplication> Applications,
    bool AllowDevelopmentApplications,
    EquatableArray<string> DisabledServices,
    EquatableArray<string> DisabledAccounts,
    SuperserverTls SuperserverTls,
    string SystemRecordName,
    bool SetDatabaseResource)
{
    /// <summary>The default application database.</summary>
    public static readonly AppDatabase DefaultDatabase = new("APPDATA", "APP");

    /// <summary>The default application resource.</summary>
    public const string DefaultResource = "App_Api";

    /// <summary>The default role: use of the application and read-write on its database.</summary>
    public static readonly IrisRole DefaultRole = new("AppApi", ["App_Api:U", "%DB_APPDATA:RW"], "Runs the application REST API");

    /// <summary>The default REST application.</summary>
    public static readonly RestApplication DefaultApplication = new("/api/app", "APP", "App.REST.Dispatch", DefaultResource, ApplicationAuthentication.Password);

    /// <summary>Where these settings were read from, so resources built from them name their keys.</summary>
    public SettingsPath Settings { get; init; } = SettingsPath.Stack("data.security");

    /// <summary>
    /// The <c>PasswordHash</c> values the stack sets, by account (and <c>predefined</c>), each a
    /// secret; the ones not set stay external inputs (<see cref="AccountPasswordHashes.Of"/>).
    /// </summary>
    public EquatableSortedDictionary<string, SecretValue> PasswordHashes { get; init; } = new(ImmutableSortedDictionary<string, SecretValue>.Empty);

    /// <summary>Every default (no passwords: the data layer generates them), read by <see cref="Read"/> itself.</summary>
    public static IrisSecurityConfig Default { get; } = Read(ConfigReader.EmptySection("data.security"));

    /// <summary>Reads and validates the section; problems are collected on its reader.</summary>
    public static IrisSecurityConfig Read(ConfigSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var audit = AuditSettings.Read(section.Section("audit", "Auditing: on, with the required events"));
        var passwords = PasswordPolicy.Read(section.Section("passwordPolicy", "Password and login policy (Security.System)"));

        var admin = section.Section("admin", "The named admin, the only account holding %All");
        var adminName = admin.String("username", "irisadmin", "The admin account's name (replaces the predefined _SYSTEM, Admin and SuperUser)", ValidateNewUser);
        var adminPassword = admin.Secret("password", "The admin's password (pulumi config set --secret); unset, the stack generates one", required: false);
        admin.RejectUnknownKeys();
        var predefined = section.Secret("predefinedPassword",
            "New password of the predefined accounts, replacing SYS ([Startup] PasswordHash); unset, the stack generates one", required: false);

        var databases = ReadDatabases(section);
        var resources = ReadResources(section, databases);
        var known = databases.Select(d => d.Resource).Concat(resources).Concat(IrisSecurityDefaults.SystemResources).Concat(IrisSecurityDefaults.Services).ToImmutableHashSet(StringComparer.Ordinal);
        var roles = ReadRoles(section, known);
        var users = ReadUsers(section, roles, adminName);
        var applications = ReadApplications(section, databases, resources.Concat(databases.Select(d => d.Resource)).ToImmutableHashSet(StringComparer.Ordinal));

        var allowDev = section.Bool("allowDevelopmentApplications", false, "Leave /api/atelier and /csp/documatic enabled (development stacks only); false disables them");
        var services = section.StringList("disabledServices", IrisSecurityDefaults.DisabledServices, "Services disabled (ModifyService Enabled=0)",
            s => !IrisSecurityDefaults.Services.Contains(s) ? $"'{s}' is not an IRIS service{DidYouMean.Suggest(s, IrisSecurityDefaults.Services)}."
                : IrisSecurityDefaults.RequiredServices.Contains(s) ? $"'{s}' is needed by the stack (Web Gateway login, ECP to compute, mirroring)."
                : null,
            "list services such as %Service_Telnet.");
        var accounts = section.StringList("disabledAccounts", IrisSecurityDefaults.DisabledAccounts, "Predefined accounts disabled (ModifyUser Enabled=0); UnknownUser is disabled always",
            a => IrisSecurityDefaults.DisablableAccounts.Contains(a) ? null : $"'{a}' is not a predefined account the stack may disable ({string.Join(", ", IrisSecurityDefaults.DisablableAccounts)}).",
            "list accounts such as _SYSTEM.");

        var tlsSection = section.Section("superserverTls", "TLS on the superserver");
        var tls = new SuperserverTls(
            tlsSection.Bool("required", true, $"Require TLS on the superserver (ModifyServer SSLSupportLevel={SuperserverTls.RequiredSupportLevel}; the value is unconfirmed, turn off only if the instance refuses it)"),
            tlsSection.Int("port", 1972, "The superserver port", 1, 65535),
            tlsSection.String("sslConfig", "%SuperServer", "The TLS configuration the superserver uses",
                c => ConfigNamePattern().IsMatch(c) ? null : $"'{c}' is not a TLS configuration name."));
        tlsSection.RejectUnknownKeys();

        var systemName = section.String("systemRecordName", "SYSTEM", "The Name ModifySystem addresses (the Security.System record; unconfirmed, iris.md 2.3)",
            n => ConfigNamePattern().IsMatch(n) ? null : $"'{n}' is not a record name.");
        var setResource = section.Bool("setDatabaseResource", true, "Write Resource=%DB_<NAME> on CreateDatabase (the property is unconfirmed; turn off only if the merge refuses it)");
        var hashes = ReadPasswordHashes(section);
        section.RejectUnknownKeys();
        return new IrisSecurityConfig(audit, passwords, adminName, adminPassword, predefined, databases, resources, roles, users, applications,
            allowDev, services, accounts, tls, systemName, setResource)
        { Settings = section.Settings, PasswordHashes = hashes };
    }

    // Keyed by account, so the keys are the user's; the stack checks them against the accounts it creates.
    private static EquatableSortedDictionary<string, SecretValue> ReadPasswordHashes(ConfigSection section)
    {
        var hashes = section.Section("passwordHashes",
            "PasswordHash values (<hash>,<salt>,<work factor>,<algorithm>, from InterSystems' passwordhash container) by account, and 'predefined' for the predefined accounts; each a secret. Unset ones must be given to the deployment");
        var result = ImmutableSortedDictionary.CreateBuilder<string, SecretValue>(StringComparer.Ordinal);
        foreach (var account in hashes.Keys.ToList())
        {
            if (hashes.Secret(account, $"The PasswordHash of {account}", required: false) is { } hash)
            {
                result[account] = hash;
            }
        }

        return new(result.ToImmutable());
    }

    private static ImmutableArray<AppDatabase> ReadDatabases(ConfigSection section)
    {
        var items = section.SectionList("databases", $"Application databases {{name, namespace}}; default [{DefaultDatabase.Name} in {DefaultDatabase.Namespace}]");
        if (!section.Has("databases"))
        {
            return [DefaultDatabase];
        }

        var databases = items.Select(item =>
        {
            var name = item.RequiredString("name", "Database name (upper case; its resource is %DB_<name>)", "APPDATA",
                n => !DatabasePattern().IsMatch(n) ? $"'{n}' is not an upper-case database name (letters, digits, up to 30)."
                    : IrisSecurityDefaults.ReservedDatabases.Contains(n) ? $"'{n}' is a system database." : null);
            var ns = item.RequiredString("namespace", "The namespace over it", "APP",
                n => !DatabasePattern().IsMatch(n) ? $"'{n}' is not an upper-case namespace name." : n is "%SYS" or "USER" or "IRISCLUSTER" ? $"'{n}' is a system namespace." : null);
            item.RejectUnknownKeys();
            return new AppDatabase(name, ns);
        }).ToImmutableArray();
        Unique(section, "databases", databases.Select(d => d.Name), "database");
        Unique(section, "databases", databases.Select(d => d.Namespace), "namespace");
        return databases;
    }

    private static ImmutableArray<string> ReadResources(ConfigSection section, ImmutableArray<AppDatabase> databases)
    {
        var resources = section.StringList("resources", [DefaultResource], "Custom resources for applications (each database's %DB_<NAME> is created too)",
            r => ResourcePattern().IsMatch(r) ? null : $"'{r}' is not a custom resource name (letters, digits and _, not starting with %).",
            "use a name such as App_Api.");
        Unique(section, "resources", resources.Concat(databases.Select(d => d.Resource)), "resource");
        return resources;
    }

    private static ImmutableArray<IrisRole> ReadRoles(ConfigSection section, ImmutableHashSet<string> known)
    {
        var items = section.SectionList("roles", $"Roles {{name, resources: [<resource>:<R|W|U>], description}}; default [{DefaultRole.Name}: {string.Join(", ", DefaultRole.Grants)}]");
        if (!section.Has("roles"))
        {
            return [DefaultRole];
        }

        var roles = items.Select(item =>
        {
            var name = item.RequiredString("name", "Role name", "AppApi",
                n => !RolePattern().IsMatch(n) ? $"'{n}' is not a role name of your own (letters, digits and _, not starting with %)."
                    : n == IrisSecurityDefaults.WebGatewayRole ? $"'{n}' is the Web Gateway's role, which the stack defines itself." : null);
            var grants = item.StringList("resources", [], "Grants, each <resource>:<permissions> (R read, W write, U use)",
                g => ValidateGrant(g, known), "write <resource>:<R|W|U>, e.g. %DB_APPDATA:RW, naming a database of this section, a resource from 'resources' or a system resource.");
            if (!item.Has("resources") || item.IsEmptyList("resources"))
            {
                item.Error("resources", "is empty, so the role grants nothing.", "list the grants it needs, e.g. [\"%DB_APPDATA:RW\"].");
            }

            var description = item.String("description", string.Empty, "What the role is for");
            item.RejectUnknownKeys();
            return new IrisRole(name, grants, description);
        }).ToImmutableArray();
        Unique(section, "roles", roles.Select(r => r.Name), "role");
        return roles;
    }

    private static ImmutableArray<IrisUser> ReadUsers(ConfigSection section, ImmutableArray<IrisRole> roles, string adminName)
    {
        var items = section.SectionList("users", "Application users {name, roles, password (secret)}; roles only, never resources; default none");
        var roleNames = roles.Select(r => r.Name).Concat(IrisSecurityDefaults.PredefinedRoles).ToImmutableArray();
        var users = items.Select(item =>
        {
            var name = item.RequiredString("name", "User name", "svc_app", n => n == adminName ? $"'{n}' is the admin's name." : ValidateNewUser(n));
            var userRoles = item.StringList("roles", [], "Its roles (at least one)",
                r => r == IrisSecurityDefaults.AllRole ? "%All is held by the named admin alone (admin.username)."
                    : roleNames.Contains(r) ? null : $"'{r}' is not a role of this section or a predefined role{DidYouMean.Suggest(r, roleNames)}.",
                "name a role from 'roles' or a predefined one such as %SQL.");
            if (!item.Has("roles") || item.IsEmptyList("roles"))
            {
                item.Error("roles", "is empty: a user gets its privileges through roles, and one without a role can do nothing.", "list at least one role, e.g. [\"AppApi\"].");
            }

            var password = item.Secret("password", "Its password (pulumi config set --secret); unset, the stack generates one", required: false);
            item.RejectUnknownKeys();
            return new IrisUser(name, userRoles, password);
        }).ToImmutableArray();
        Unique(section, "users", users.Select(u => u.Name), "user");
        return users;
    }

    private static ImmutableArray<RestApplication> ReadApplications(ConfigSection section, ImmutableArray<AppDatabase> databases, ImmutableHashSet<string> resources)
    {
        var items = section.SectionList("applications", $"REST applications {{name, namespace, dispatchClass, resource, authentication}}; default [{DefaultApplication.Name}]");
        if (!section.Has("applications"))
        {
            return [DefaultApplication];
        }

        var namespaces = databases.Select(d => d.Namespace).ToImmutableArray();
        var applications = items.Select(item =>
        {
            var name = item.RequiredString("name", "Application path", "/api/app",
                p => !AppPathPattern().IsMatch(p) ? $"'{p}' is not an application path such as /api/app."
                    : IrisSecurityDefaults.DevelopmentApplications.Contains(p) || p.StartsWith("/csp/sys", StringComparison.Ordinal) ? $"'{p}' is a system application." : null);
            var ns = item.RequiredString("namespace", "The namespace it runs in", "APP",
                n => namespaces.Contains(n) ? null : $"'{n}' is not a namespace of 'databases' ({string.Join(", ", namespaces)}).");
            var dispatch = item.RequiredString("dispatchClass", "The %CSP.REST subclass that dispatches its requests", "App.REST.Dispatch",
                c => ClassPattern().IsMatch(c) ? null : $"'{c}' is not a class name.");
            var resource = item.RequiredString("resource", "The resource a user needs Use on to run it", DefaultResource,
                r => resources.Contains(r) ? null : $"'{r}' is not a resource of 'resources' or a database's %DB_ resource.");
            var authentication = item.Enum("authentication", ApplicationAuthentication.Password, "Authentication method (unauthenticated access is not offered)");
            item.RejectUnknownKeys();
            return new RestApplication(name, ns, dispatch, resource, authentication);
        }).ToImmutableArray();
        Unique(section, "applications", applications.Select(a => a.Name), "application");
        return applications;
    }

    private static string? ValidateGrant(string grant, ImmutableHashSet<string> known)
    {
        var colon = grant.LastIndexOf(':');
        if (colon <= 0 || !PermissionPattern().IsMatch(grant[(colon + 1)..]))
        {
            return $"'{grant}' is not <resource>:<permissions> with permissions from R, W, U.";
        }

        var resource = grant[..colon];
        return known.Contains(resource) ? null : $"'{grant}' names the unknown resource '{resource}'{DidYouMean.Suggest(resource, known)}.";
    }

    private static string? ValidateNewUser(string name) =>
        !UserPattern().IsMatch(name) ? $"'{name}' is not a user name (letters, digits, _ . - and @, up to 64)."
            : IrisSecurityDefaults.PredefinedAccounts.Contains(name, StringComparer.OrdinalIgnoreCase) ? $"'{name}' is a predefined account; the stack creates accounts of its own."
            : null;

    private static void Unique(ConfigSection section, string key, IEnumerable<string> names, string what)
    {
        foreach (var duplicate in names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            section.Error(key, $"names the {what} '{duplicate.Key}' twice.", $"give every {what} its own name.");
        }
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]{0,29}$")]
    private static partial Regex DatabasePattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex ResourcePattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex RolePattern();

    [GeneratedRegex("^(?=.)R?W?U?$")]
    private static partial Regex PermissionPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.@-]{0,63}$")]
    private static partial Regex UserPattern();

    [GeneratedRegex("^/[a-z0-9]+(/[a-z0-9._-]+)*$")]
    private static partial Regex AppPathPattern();

    [GeneratedRegex("^%?[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)+$")]
    private static partial Regex ClassPattern();

    [GeneratedRegex("^%?[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex ConfigNamePattern();
}
