using System.Text;

namespace IrisStack.Stack;

/// <summary>The configuration reference as a Markdown table, generated from the loader so it cannot drift from the defaults.</summary>
public static class ConfigReferenceTable
{
    /// <summary>Renders every documented key.</summary>
    public static string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| Key | Type | Default | Description |");
        text.AppendLine("| --- | --- | --- | --- |");
        foreach (var doc in StackConfigLoader.Reference())
        {
            text.AppendLine($"| `{doc.Key}` | {Escape(doc.Type)} | {Escape(doc.Default)} | {Escape(doc.Description)} |");
        }

        return text.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
