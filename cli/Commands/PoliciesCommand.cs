using System.CommandLine;
using IrisStack.Policies;
using IrisStack.Policies.Docs;

namespace IrisStack.Cli.Commands;

/// <summary><c>irisstack policies</c>: every policy with its level, description, rationale and peer rules.</summary>
internal static class PoliciesCommand
{
    public static Command Create(TextWriter stdout)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "text, or markdown (the content of docs/policies.md)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown");
        var command = new Command("policies", "List the policy pack: levels, descriptions, rationale and the peer rules each policy covers") { format, CommonOptions.NoColor() };
        command.SetAction(parsed =>
        {
            var pack = PolicyPack.Default();
            stdout.Write(parsed.GetValue(format) == "markdown" ? PolicyDocs.Markdown(pack) : PolicyDocs.Text(pack));
            return CliApp.Ok;
        });
        return command;
    }
}
