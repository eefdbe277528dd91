using System.Globalization;
using System.Text;
using IrisStack.Components.Config;
using IrisStack.Policies.Reports;

namespace IrisStack.Policies.Docs;

/// <summary>
/// The pack's documentation, generated from the policies' own metadata (id, layer, default level,
/// description, rationale, what it checks, peer ids) so it cannot drift from the code: plain text
/// for <c>irisstack policies</c>, and markdown for <c>docs/policies.md</c> with a table of which of
/// our policies cover which peer rule of each framework.
/// </summary>
public static class PolicyDocs
{
    /// <summary>The command that regenerates <c>docs/policies.md</c>.</summary>
    public const string RegenerateCommand = "dotnet run --project cli -- policies --format markdown > docs/policies.md";

    /// <summary>Every policy as plain text.</summary>
    public static string Text(PolicyPack pack)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{PolicyTextReport.PackName}: {pack.Policies.Length} policies\n");
        foreach (var policy in pack.Policies)
        {
            text.Append('\n');
            text.Append(CultureInfo.InvariantCulture, $"{policy.Id}  [{Level(policy.DefaultLevel)}]  layer: {policy.Layer}\n");
            text.Append(CultureInfo.InvariantCulture, $"    {policy.Description}\n");
            text.Append(CultureInfo.InvariantCulture, $"    Checks: {Checks(policy, code: false)}\n");
            text.Append(CultureInfo.InvariantCulture, $"    Why: {policy.Rationale}\n");
            if (!policy.PeerIds.IsEmpty)
            {
                text.Append(CultureInfo.InvariantCulture, $"    Peers: {string.Join(", ", policy.PeerIds.Select(p => p + Partial(policy, p)))}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>Every policy, then the peer coverage, as GitHub markdown.</summary>
    public static string Markdown(PolicyPack pack)
    {
        var md = new StringBuilder();
        void Line(string line = "") => md.Append(line).Append('\n');

        Line("# IrisStack policies");
        Line();
        Line($"<!-- Generated from the policy metadata; do not edit. Regenerate: {RegenerateCommand} -->");
        Line();
        Line($"The `{PolicyTextReport.PackName}` pack has {pack.Policies.Length} policies. Each runs at its default level unless the stack's " +
             "`iris-stack:policies` settings change it (`all`, then `levels.<policy-id>`); findings can be suppressed with a reason " +
             "(`suppressions`). `mandatory` findings fail the preview, `advisory` ones are warnings, `disabled` policies are not run.");
        Line();
        Line("| Policy | Layer | Default level | Checks | Description |");
        Line("|---|---|---|---|---|");
        foreach (var policy in pack.Policies)
        {
            Line($"| [`{policy.Id}`](#{policy.Id}) | {policy.Layer} | {Level(policy.DefaultLevel)} | {Cell(Checks(policy, code: true))} | {Cell(policy.Description)} |");
        }

        foreach (var layer in pack.Policies.GroupBy(p => p.Layer))
        {
            Line();
            Line($"## Layer: {layer.Key}");
            foreach (var policy in layer)
            {
                Line();
                Line($"### {policy.Id}");
                Line();
                Line(policy.Description);
                Line();
                Line($"- **Default level:** {Level(policy.DefaultLevel)}");
                Line($"- **Checks:** {Checks(policy, code: true)}");
                Line($"- **Why:** {policy.Rationale}");
                Line($"- **Peer rules:** {(policy.PeerIds.IsEmpty ? "none" : string.Join(", ", policy.PeerIds.Select(p => $"`{p}` ({PeerFramework.Of(p).Name}){Partial(policy, p)}")))}");
            }
        }

        Line();
        Line("## Peer coverage");
        Line();
        Line("Which of our policies cover which rule of the policy-as-code rule sets users know. A policy covers the peer rule " +
             "on any stack for that rule's resources unless it is marked partial, with what it leaves out.");
        var peers = pack.Policies
            .SelectMany(p => p.PeerIds.Select(id => (Framework: PeerFramework.Of(id), Peer: id, Policy: p)))
            .ToLookup(x => x.Framework);
        foreach (var framework in PeerFramework.All.Where(f => peers[f].Any()))
        {
            Line();
            Line($"### {framework.Name}");
            Line();
            Line($"Source: {framework.Source}.");
            Line();
            Line("| Peer rule | Covered by |");
            Line("|---|---|");
            foreach (var peer in peers[framework].GroupBy(x => x.Peer).OrderBy(g => g.Key, NaturalComparer.Instance))
            {
                Line($"| `{peer.Key}` | {Cell(string.Join(", ", peer.Select(x => $"[`{x.Policy.Id}`](#{x.Policy.Id}){Partial(x.Policy, x.Peer)}")))} |");
            }
        }

        return md.ToString();
    }

    private static string Checks(Policy policy, bool code) => policy switch
    {
        ResourcePolicy r => "each " + string.Join(", ", r.ResourceTypes.Order(StringComparer.Ordinal).Select(t => code ? $"`{t}`" : t)),
        StackPolicy => "the whole stack (relations between resources)",
        _ => "-",
    };

    // " (partial: why)" after a peer the policy covers only in part; nothing otherwise.
    private static string Partial(Policy policy, string peer) =>
        policy.PartialPeers.TryGetValue(peer, out var reason) ? $" (partial: {reason})" : string.Empty;

    private static string Level(EnforcementLevel level) => level.ToString().ToLower(CultureInfo.InvariantCulture);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    // CKV_AWS_7 before CKV_AWS_66: digit runs compare as numbers.
    private sealed class NaturalComparer : IComparer<string>
    {
        public static NaturalComparer Instance { get; } = new();

        public int Compare(string? x, string? y)
        {
            var a = Split(x ?? string.Empty);
            var b = Split(y ?? string.Empty);
            for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
            {
                var order = long.TryParse(a[i], CultureInfo.InvariantCulture, out var m) && long.TryParse(b[i], CultureInfo.InvariantCulture, out var n)
                    ? m.CompareTo(n)
                    : string.CompareOrdinal(a[i], b[i]);
                if (order != 0)
                {
                    return order;
                }
            }

            return a.Count.CompareTo(b.Count);
        }

        private static List<string> Split(string text)
        {
            var parts = new List<string>();
            var start = 0;
            for (var i = 1; i <= text.Length; i++)
            {
                if (i == text.Length || char.IsAsciiDigit(text[i]) != char.IsAsciiDigit(text[i - 1]))
                {
                    parts.Add(text[start..i]);
                    start = i;
                }
            }

            return parts;
        }
    }
}
