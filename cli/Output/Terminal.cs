using Spectre.Console;

namespace IrisStack.Cli.Output;

/// <summary>
/// Where a command's human-readable output goes. A real terminal gets colour (unless
/// <c>--no-color</c> or a non-empty <c>NO_COLOR</c> asks otherwise) and a width that the preview
/// tree is fitted to. Pipes, files, CI logs and tests get plain text at any length: nothing there
/// knows a width, so nothing is cut (as <c>pulumi preview</c> does when not writing to a terminal).
/// Plain text goes straight to the writer, never through Spectre, whose fallback for a terminal
/// without colour still sends the terminal colour resets.
/// </summary>
internal sealed class Terminal
{
    private readonly TextWriter writer;
    private readonly IAnsiConsole? colour;

    private Terminal(TextWriter writer, IAnsiConsole? colour, int? width)
    {
        this.writer = writer;
        this.colour = colour;
        Width = width;
    }

    /// <summary>The columns a line may fill (the terminal's width); null when the output is not a terminal.</summary>
    public int? Width { get; }

    public static Terminal For(TextWriter writer, bool noColor)
    {
        var isTerminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var width = isTerminal ? TerminalWidth() : null;
        if (!isTerminal || noColor || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")))
        {
            return new Terminal(writer, null, width);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        return new Terminal(writer, console, width);
    }

    public void WriteLine(string line = "") => writer.WriteLine(line);

    /// <summary>Writes <paramref name="text"/>, in <paramref name="color"/> when the terminal shows colour.</summary>
    public void Write(string text, Color? color = null)
    {
        if (colour is not null && color is { } shown)
        {
            colour.Write(new Text(text, new Style(shown)));
        }
        else
        {
            writer.Write(text);
        }
    }

    // 0 (a terminal that reports no size) or an error means the width is unknown: nothing is cut.
    private static int? TerminalWidth()
    {
        try
        {
            return Console.WindowWidth is > 0 and var width ? width : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
