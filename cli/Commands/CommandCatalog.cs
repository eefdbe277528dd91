using System.CommandLine;

namespace IrisStack.Cli.Commands;

/// <summary>Every subcommand of the tool, in help order.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(TextWriter stdout, TextWriter stderr) =>
    [
        PreviewCommand.Create(stdout, stderr),
        CheckCommand.Create(stdout, stderr),
        RenderCommand.Create(stdout, stderr),
        GraphCommand.Create(stdout, stderr),
        PoliciesCommand.Create(stdout),
        ConfigReferenceCommand.Create(stdout),
        GatewayCommand.Create(stdout, stderr),
    ];
}
