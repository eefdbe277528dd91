using System.CommandLine;

namespace IrisStack.Cli.Commands;

/// <summary>
/// Every subcommand of the tool, in help order. Building a command builds its options, validators
/// and statics, which costs start-up time, so a command line whose first word names a command gets
/// that command alone; any other (help, a typo, an option first) gets them all, so the root's help
/// and errors are unchanged.
/// </summary>
internal static class CommandCatalog
{
    private static readonly (string Name, Func<TextWriter, TextWriter, Command> Create)[] Commands =
    [
        ("preview", PreviewCommand.Create),
        ("check", CheckCommand.Create),
        ("render", RenderCommand.Create),
        ("graph", GraphCommand.Create),
        ("policies", (stdout, _) => PoliciesCommand.Create(stdout)),
        ("config-reference", (stdout, _) => ConfigReferenceCommand.Create(stdout)),
        ("pipelines", PipelinesCommand.Create),
        ("gateway", GatewayCommand.Create),
    ];

    /// <summary>The name each subcommand is listed under, in help order.</summary>
    public static IEnumerable<string> Names => Commands.Select(c => c.Name);

    /// <summary>Every subcommand, built.</summary>
    public static IEnumerable<Command> All(TextWriter stdout, TextWriter stderr) => [.. Commands.Select(c => c.Create(stdout, stderr))];

    /// <summary>The subcommands <paramref name="args"/> needs: the one its first word names, else all.</summary>
    public static IEnumerable<Command> For(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) =>
        args.Count > 0 && Array.Find(Commands, c => c.Name == args[0]).Create is { } create
            ? [create(stdout, stderr)]
            : All(stdout, stderr);
}
