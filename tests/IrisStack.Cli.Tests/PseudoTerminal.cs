using System.Diagnostics;
using System.Text.RegularExpressions;

namespace IrisStack.Cli.Tests;

/// <summary>
/// Runs the built tool in a real terminal of a given width: a pseudo-terminal from util-linux's
/// <c>script</c> (part of every Debian and Ubuntu base system), sized with <c>stty</c>, so what the
/// tool detects is a terminal exactly as a user's shell gives it one.
/// </summary>
internal static partial class PseudoTerminal
{
    /// <summary>What the tool printed to the terminal, line ends as <c>\n</c>.</summary>
    public static async Task<(int ExitCode, string Output)> Run(int columns, params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "irisstack.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var command = $"stty cols {columns} rows 50; exec {Quote(dotnet)} {Quote(tool)} {string.Join(' ', args.Select(Quote))}";
        var start = new ProcessStartInfo("script", ["--quiet", "--return", "--command", command, "/dev/null"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // A terminal that shows colour, whatever the machine running the tests has set.
        start.Environment["TERM"] = "xterm-256color";
        start.Environment.Remove("NO_COLOR");
        start.Environment.Remove("COLUMNS");
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(await error == string.Empty, $"script failed: {await error}");
        return (process.ExitCode, (await output).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    /// <summary>The colour and style sequences (SGR: ESC [ ... m) in a terminal's output.</summary>
    public static IReadOnlyList<string> StyleSequences(string output) => [.. Sgr().Matches(output).Select(m => m.Value)];

    /// <summary>The text as the terminal shows it: every escape sequence removed.</summary>
    public static string Visible(string output) => Escape().Replace(output, string.Empty);

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Sgr();

    // CSI sequences and the two-character ones (the runtime's ESC = when it sets up the terminal).
    [GeneratedRegex(@"\x1b(\[[0-9;?]*[A-Za-z]|[=>])")]
    private static partial Regex Escape();
}
