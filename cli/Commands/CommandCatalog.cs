using System.CommandLine;

namespace IrisStack.Cli.Commands;

/// <summary>Every subcommand of the tool, in help order.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(TextWriter stdout, TextWriter stderr) =>
    [
        PreviewCommand.Create(stdout, stderr),
        GatewayCommand.Create(stdout, stderr),
    ];
}
