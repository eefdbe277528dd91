using System.Text;
using System.Text.Json;
using IrisStack.Components.Graph;
using IrisStack.Policies;

namespace IrisStack.Stack.PlanFiles;

/// <summary>
/// Writes <c>plan.json</c>: every resource with its URN, type, parent and inputs (secrets masked,
/// references as <c>${name.output}</c>) and the config keys its inputs come from, the stack outputs and the policy results. Deterministic:
/// the same configuration gives the same bytes.
/// </summary>
public static class PlanWriter
{
    /// <summary>The <c>plan.json</c> text of <paramref name="evaluation"/>, ending in a newline.</summary>
    /// <param name="evaluation">The evaluated stack: its graph, outputs and policy report.</param>
    public static string Write(StackEvaluation evaluation)
    {
        var graph = evaluation.Build.Graph;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("project", graph.Project);
            writer.WriteString("stack", graph.Stack);
            writer.WriteStartArray("resources");
            foreach (var node in graph.Nodes)
            {
                WriteNode(writer, graph, node);
            }

            writer.WriteEndArray();
            writer.WriteStartObject("outputs");
            foreach (var output in evaluation.Build.Outputs)
            {
                writer.WritePropertyName(output.Name);
                ValueJson.Write(writer, output.Value);
            }

            writer.WriteEndObject();
            writer.WritePropertyName("policies");
            PolicyReportJson.Write(writer, evaluation.Report);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteNode(Utf8JsonWriter writer, ResourceGraph graph, ResourceNode node)
    {
        writer.WriteStartObject();
        writer.WriteString("urn", graph.UrnOf(node));
        writer.WriteString("type", node.Type);
        writer.WriteString("name", node.Name);
        writer.WriteString("kind", node.Kind.ToString().ToLowerInvariant());
        if (node.Parent is not null)
        {
            writer.WriteString("parent", graph.UrnOf(node.Parent));
        }

        writer.WritePropertyName("inputs");
        ValueJson.Write(writer, node.Inputs);
        WriteSettings(writer, graph.Settings.Where(s => s.Resource == node.Name).ToList());
        var options = node.Options;
        if (options != ResourceOptions.None)
        {
            writer.WriteStartObject("options");
            if (!options.DependsOn.IsEmpty)
            {
                writer.WriteStartArray("dependsOn");
                options.DependsOn.ToList().ForEach(d => writer.WriteStringValue(graph.UrnOf(d)));
                writer.WriteEndArray();
            }

            if (options.Provider is not null)
            {
                writer.WriteString("provider", graph.UrnOf(options.Provider));
            }

            if (options.Protect)
            {
                writer.WriteBoolean("protect", true);
            }

            if (!options.IgnoreChanges.IsEmpty)
            {
                writer.WriteStartArray("ignoreChanges");
                options.IgnoreChanges.ToList().ForEach(writer.WriteStringValue);
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    // Which config keys set which inputs, so 'check --plan' names the settings as 'preview' does.
    private static void WriteSettings(Utf8JsonWriter writer, List<SettingSource> settings)
    {
        if (settings.Count == 0)
        {
            return;
        }

        writer.WriteStartObject("settings");
        foreach (var property in settings.GroupBy(s => s.Property))
        {
            writer.WriteStartArray(property.Key);
            foreach (var setting in property)
            {
                writer.WriteStringValue(setting.Key);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
