using System.Text;
using IrisStack.Components.Graph;

namespace IrisStack.Cli.Output;

/// <summary>
/// The resource tree as <c>pulumi preview</c> prints it: the stack resource at the root, children
/// under their parents with box-drawing guides, columns Type, Name and Plan. Given a width, every
/// line fits in one column less (Pulumi leaves the last column free so no terminal wraps): names
/// are cut first, to an ellipsis, then types once the names are down to <see cref="NameFloor"/>;
/// the operation and Plan columns are never cut. A cut keeps both ends around the ellipsis, since the
/// end is what tells siblings apart (<c>network-pub…-eu-west-1a</c>, <c>…-1b</c>). Pulumi cuts the whole
/// line at the edge instead, which loses the Plan column and hides that anything was cut. Full names
/// stay in plan.json.
/// </summary>
internal static class PreviewTree
{
    /// <summary>The narrowest the Name column gets before types are cut too.</summary>
    public const int NameFloor = 32;

    /// <summary>What ends a cut name or type.</summary>
    public const char Ellipsis = '…';

    private const string StackType = "pulumi:pulumi:Stack";
    private const string Plan = "create";
    private const string RowPrefix = " +   ";
    private const string Gap = "  ";

    /// <summary>The tree; <paramref name="width"/> is the terminal's, null when lines may be any length.</summary>
    public static string Render(ResourceGraph graph, int? width = null)
    {
        var rows = new List<(string Type, string Name)> { (StackType, $"{graph.Project}-{graph.Stack}") };
        void Walk(string? parent, string indent)
        {
            var children = graph.Nodes.Where(n => n.Parent == parent).ToList();
            for (var i = 0; i < children.Count; i++)
            {
                var last = i == children.Count - 1;
                rows.Add((indent + (last ? "└─ " : "├─ ") + children[i].Type, children[i].Name));
                Walk(children[i].Name, indent + (last ? "   " : "│  "));
            }
        }

        Walk(null, string.Empty);
        var (typeWidth, nameWidth) = ColumnWidths(
            Math.Max("Type".Length, rows.Max(r => r.Type.Length)),
            Math.Max("Name".Length, rows.Max(r => r.Name.Length)),
            width);
        var text = new StringBuilder();
        text.AppendLine($"{new string(' ', RowPrefix.Length)}{"Type".PadRight(typeWidth)}{Gap}{"Name".PadRight(nameWidth)}{Gap}Plan");
        foreach (var (type, name) in rows)
        {
            text.AppendLine($"{RowPrefix}{Cut(type, typeWidth).PadRight(typeWidth)}{Gap}{Cut(name, nameWidth).PadRight(nameWidth)}{Gap}{Plan}");
        }

        return text.ToString();
    }

    /// <summary>How many resources <c>pulumi up</c> would create, the stack resource included, as Pulumi counts.</summary>
    public static int CreateCount(ResourceGraph graph) => graph.Nodes.Length + 1;

    // The Type and Name columns' widths: as wide as their longest entry when the line fits, else names
    // shrink to NameFloor (or half the room on a very narrow terminal), then types take what is left.
    private static (int Type, int Name) ColumnWidths(int type, int name, int? width)
    {
        if (width is not { } columns)
        {
            return (type, name);
        }

        var room = columns - 1 - RowPrefix.Length - Gap.Length - Gap.Length - Plan.Length;
        if (type + name <= room)
        {
            return (type, name);
        }

        var nameWidth = Math.Max(1, Math.Max(room - type, Math.Min(name, Math.Min(NameFloor, room / 2))));
        return (Math.Max(1, room - nameWidth), nameWidth);
    }

    // The start (the tree guides, the type's package) and the end, one character between them given up for the ellipsis.
    private static string Cut(string text, int width) =>
        text.Length <= width ? text : text[..(width / 2)] + Ellipsis + text[^((width - 1) / 2)..];
}
