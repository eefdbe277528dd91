using System.Text;
using IrisStack.Components.Graph;

namespace IrisStack.Cli.Output;

/// <summary>
/// The resource tree as <c>pulumi preview</c> prints it: the stack resource at the root, children
/// under their parents with box-drawing guides, columns Type, Name and Plan.
/// </summary>
internal static class PreviewTree
{
    private const string StackType = "pulumi:pulumi:Stack";

    public static string Render(ResourceGraph graph)
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
        var typeWidth = Math.Max("Type".Length, rows.Max(r => r.Type.Length));
        var nameWidth = Math.Max("Name".Length, rows.Max(r => r.Name.Length));
        var text = new StringBuilder();
        text.AppendLine($"     {"Type".PadRight(typeWidth)}  {"Name".PadRight(nameWidth)}  Plan");
        foreach (var (type, name) in rows)
        {
            text.AppendLine($" +   {type.PadRight(typeWidth)}  {name.PadRight(nameWidth)}  create");
        }

        return text.ToString();
    }

    /// <summary>How many resources <c>pulumi up</c> would create, the stack resource included, as Pulumi counts.</summary>
    public static int CreateCount(ResourceGraph graph) => graph.Nodes.Length + 1;
}
