using System.Collections.Immutable;
using IrisStack.Components.Graph;
using IrisStack.Components.WebGateway;

namespace IrisStack.Policies.Rules.WebGateway;

/// <summary>No forwarded location opens an administrative IRIS area unless it admits only admin CIDRs.</summary>
public sealed class WebGatewayAdminPathsRestricted : NginxConfPolicy
{
    /// <inheritdoc />
    public override string Id => "webgateway-admin-paths-restricted";

    /// <inheritdoc />
    public override string Description => "No Web Gateway location that forwards to IRIS opens the Management Portal (/csp/sys/), the Web Gateway management pages (/csp/bin/Systems/), /api/atelier/ or /api/mgmnt/ unless it allows only admin CIDRs and denies all others.";

    /// <inheritdoc />
    public override string Rationale => "These areas administer IRIS and the gateway itself. The published reference allow-lists /csp/bin/Systems/Module.cxw, which hands the gateway's configuration pages to anyone who reaches the gateway.";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["G2"];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, NginxDirective root)
    {
        foreach (var location in root.Descendants("location").Where(l => l.HandsOff))
        {
            var path = location.LocationPath.ToLowerInvariant();
            var opened = WebGatewayDefaults.AdministrativePaths.Where(admin => Opens(path, location.IsExactLocation, admin.ToLowerInvariant())).ToList();
            if (opened.Count == 0)
            {
                continue;
            }

            var restricted = location.Named("deny").Any(d => d.Args.FirstOrDefault() == "all")
                && location.Named("allow").Any()
                && !location.Named("allow").Any(a => a.Args.FirstOrDefault() is "all" or "0.0.0.0/0");
            if (!restricted)
            {
                yield return Violation(node, Property,
                    $"'location {string.Join(' ', location.Args)}' forwards {string.Join(", ", opened)} to anyone.",
                    "Refuse the location, or admit only the administrators' networks there ('allow <cidr>;' lines, then 'deny all;').")
                    with
                { Setting = "allowedPaths", Want = $"a list without '{location.LocationPath}' (to administer, list the prefix in adminPaths and the administrators' networks in adminCidrs)" };
            }
        }
    }

    // A prefix location opens an admin area when either contains the other; an exact one when it lies inside.
    private static bool Opens(string path, bool exact, string admin) =>
        path.StartsWith(admin, StringComparison.Ordinal) || path == admin.TrimEnd('/') ||
        (!exact && admin.StartsWith(path, StringComparison.Ordinal));
}
