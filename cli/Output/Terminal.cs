using Spectre.Console;

namespace IrisStack.Cli.Output;

/// <summary>
/// A Spectre console over the command's writer: colour only when writing to a real terminal and
/// neither <c>--no-color</c> nor <c>NO_COLOR</c> asks otherwise, so pipes, CI logs and tests get plain text.
/// </summary>
internal static class Terminal
{
    public static IAnsiConsole Create(TextWriter writer, bool noColor)
    {
        var interactive = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected &&
                          !noColor && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });

        // Pipes and logs have no width: never wrap the preview's columns there.
        if (!interactive)
        {
            console.Profile.Width = 4096;
        }

        return console;
    }
}
