using System.Collections.Immutable;
using System.Globalization;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Security;

/// <summary>
/// Renders the IRIS merge files (iris.md §2) from the security settings: pure, so the same
/// settings and inputs give the same bytes. Only sections, actions and properties listed in
/// <see cref="MergeFileFacts"/> are written; the unconfirmed ones sit behind their switch.
/// Passwords never appear: accounts get <c>PasswordHash</c> values from the seam
/// (<see cref="AccountPasswordHashes"/>), kept as secret parts.
/// </summary>
public static class MergeFileRenderer
{
    /// <summary>The accounts the merge files create, whose password hashes the layer must supply: the admin, the Web Gateway's account, the users.</summary>
    public static ImmutableArray<string> Accounts(IrisSecurityConfig config, string webGatewayUsername)
    {
        ArgumentNullException.ThrowIfNull(config);
        return [config.AdminUsername, webGatewayUsername, .. config.Users.Select(u => u.Name)];
    }

    /// <summary>Why <paramref name="username"/> cannot be the Web Gateway's IRIS account, or null when it can.</summary>
    public static string? ValidateWebGatewayAccount(IrisSecurityConfig config, string username)
    {
        ArgumentNullException.ThrowIfNull(config);
        return IrisSecurityDefaults.PredefinedAccounts.Contains(username, StringComparer.OrdinalIgnoreCase)
            ? $"'{username}' is a predefined account: [Startup] PasswordHash does not change CSPSystem's password and the stack cannot give it least privilege; use an account of its own such as wg_login."
            : string.Equals(username, config.AdminUsername, StringComparison.OrdinalIgnoreCase) || config.Users.Any(u => string.Equals(u.Name, username, StringComparison.OrdinalIgnoreCase))
                ? $"'{username}' is also the admin or an application user; the gateway needs an account of its own."
                : null;
    }

    /// <summary>Renders common.cpf, data.cpf and compute.cpf.</summary>
    /// <exception cref="ArgumentException">The Web Gateway account is not usable, or a hash is missing.</exception>
    public static MergeFiles Render(IrisSecurityConfig config, MergeFileInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(inputs);
        if (ValidateWebGatewayAccount(config, inputs.WebGatewayUsername) is { } problem)
        {
            throw new ArgumentException(problem, nameof(inputs));
        }

        var missing = Accounts(config, inputs.WebGatewayUsername).Where(a => !inputs.Hashes.Accounts.ContainsKey(a)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"No password hash for {string.Join(", ", missing)}.", nameof(inputs));
        }

        return new MergeFiles(Common(config, inputs), Data(config, inputs), Compute(config, inputs));
    }

    private static MergeFileText Common(IrisSecurityConfig config, MergeFileInputs inputs)
    {
        var file = new MergeFileBuilder();
        file.Section("Startup");
        // Replaces SYS on every enabled predefined account with a role, once per instance (CONT §5.2.6).
        file.Key("PasswordHash", inputs.Hashes.Predefined);

        file.Section("Actions");
        var policy = config.PasswordPolicy;
        file.Action("ModifySystem",
            ("Name", S(config.SystemRecordName)),
            ("AuditEnabled", Flag(config.Audit.Enabled)),
            ("PasswordPattern", S(policy.Pattern)),
            ("InvalidLoginLimit", N(policy.InvalidLoginLimit)),
            ("PasswordExpirationDays", N(policy.ExpirationDays)),
            ("InactiveLimit", N(policy.InactiveLimit)));
        foreach (var e in config.Audit.Events)
        {
            file.Action("ModifyEvent", ("Source", S(e.Source)), ("Type", S(e.Type)), ("Name", S(e.Name)), ("Enabled", S("1")));
        }

        foreach (var resource in config.Databases.Select(d => d.Resource).Concat(config.Resources))
        {
            file.Action("CreateResource", ("Name", S(resource)));
        }

        foreach (var role in config.Roles)
        {
            var properties = new List<(string, Value)> { ("Name", S(role.Name)), ("Resources", S(string.Join(',', role.Grants))) };
            if (role.Description.Length > 0)
            {
                properties.Add(("Description", S(role.Description)));
            }

            file.Action("CreateRole", [.. properties]);
        }

        file.Action("CreateRole", ("Name", S(IrisSecurityDefaults.WebGatewayRole)), ("Resources", S(IrisSecurityDefaults.WebGatewayGrant)),
            ("Description", S("Web Gateway login to IRIS: use of %Service_WebGateway only")));

        User(file, inputs, config.AdminUsername, [IrisSecurityDefaults.AllRole]);
        User(file, inputs, inputs.WebGatewayUsername, [IrisSecurityDefaults.WebGatewayRole]);
        foreach (var user in config.Users)
        {
            User(file, inputs, user.Name, user.Roles);
        }

        foreach (var account in config.DisabledAccounts.Append(IrisSecurityDefaults.UnknownUser))
        {
            file.Action("ModifyUser", ("Name", S(account)), ("Enabled", S("0")));
        }

        foreach (var service in config.DisabledServices)
        {
            file.Action("ModifyService", ("Name", S(service)), ("Enabled", S("0")));
        }

        // The gateway logs in with a password; unauthenticated access stays off.
        file.Action("ModifyService", ("Name", S("%Service_WebGateway")), ("Enabled", S("1")), ("AutheEnabled", S("$$$AuthePassword")));

        if (config.SuperserverTls.Required)
        {
            var tls = config.SuperserverTls;
            file.Action("ModifyServer", ("Port", N(tls.Port)), ("SSLConfig", S(tls.SslConfig)), ("SSLSupportLevel", N(SuperserverTls.RequiredSupportLevel)));
        }

        foreach (var app in config.Applications)
        {
            file.Action("CreateApplication", ("Name", S(app.Name)), ("NameSpace", S(app.Namespace)), ("DispatchClass", S(app.DispatchClass)),
                ("Enabled", S("1")), ("AutheEnabled", S(app.AutheEnabled)), ("Resource", S(app.Resource)));
        }

        if (!config.AllowDevelopmentApplications)
        {
            foreach (var app in IrisSecurityDefaults.DevelopmentApplications)
            {
                file.Action("ModifyApplication", ("Name", S(app)), ("Enabled", S("0")));
            }
        }

        return file.Build();
    }

    private static MergeFileText Data(IrisSecurityConfig config, MergeFileInputs inputs)
    {
        var file = new MergeFileBuilder();
        file.Section("Actions");
        foreach (var db in config.Databases)
        {
            var properties = new List<(string, Value)> { ("Name", S(db.Name)), ("Directory", S(db.Directory)) };
            if (config.SetDatabaseResource)
            {
                properties.Add(("Resource", S(db.Resource)));
            }

            if (inputs.MirrorSetName is { } mirror)
            {
                properties.Add(("MirrorSetName", S(mirror)));
                properties.Add(("MirrorDBName", S(db.Name)));
            }

            file.Action("CreateDatabase", [.. properties]);
        }

        Namespaces(file, config);
        return file.Build();
    }

    private static MergeFileText Compute(IrisSecurityConfig config, MergeFileInputs inputs)
    {
        var file = new MergeFileBuilder();
        file.Section("Actions");
        foreach (var db in config.Databases)
        {
            // The form IKO writes for its own remote database (IRISM iko-cm/compute.txt).
            var directory = inputs.MirrorSetName is { } mirror ? $":mirror:{mirror}:{db.Name}" : db.Directory;
            file.Action("CreateDatabase", ("Name", S(db.Name)), ("Directory", S(directory)), ("Server", S(inputs.EcpServerName)), ("LogicalOnly", S("1")));
        }

        Namespaces(file, config);
        return file.Build();
    }

    private static void Namespaces(MergeFileBuilder file, IrisSecurityConfig config)
    {
        foreach (var db in config.Databases)
        {
            file.Action("CreateNamespace", ("Name", S(db.Namespace)), ("Globals", S(db.Name)), ("Routines", S(db.Name)));
        }
    }

    private static void User(MergeFileBuilder file, MergeFileInputs inputs, string name, IEnumerable<string> roles) =>
        file.Action("CreateUser", ("Name", S(name)), ("PasswordHash", inputs.Hashes.Accounts[name]), ("Roles", S(string.Join(',', roles))));

    private static StringValue S(string text) => new(text);

    private static StringValue N(int number) => new(number.ToString(CultureInfo.InvariantCulture));

    private static StringValue Flag(bool on) => new(on ? "1" : "0");
}
