using System.CommandLine;
using IrisStack.Stack;

namespace IrisStack.Cli.Commands;

/// <summary><c>irisstack config-reference</c>: every setting with its type, default and description, as Markdown.</summary>
internal static class ConfigReferenceCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("config-reference", "Print every stack setting with its type, default and description (Markdown)") { CommonOptions.NoColor() };
        command.SetAction(_ =>
        {
            stdout.Write(ConfigReferenceTable.Markdown());
            return CliApp.Ok;
        });
        return command;
    }
}
