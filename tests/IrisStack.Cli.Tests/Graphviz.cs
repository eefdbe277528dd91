using System.Diagnostics;

namespace IrisStack.Cli.Tests;

/// <summary>Runs the real Graphviz <c>dot</c> (scripts/install-test-deps installs it) on a diagram.</summary>
internal static class Graphviz
{
    /// <summary>Lays the DOT text out as SVG; returns dot's exit code, the SVG and what it printed on stderr.</summary>
    public static (int ExitCode, string Svg, string Errors) Svg(string dot)
    {
        var start = new ProcessStartInfo("dot", ["-Tsvg"])
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dot did not start; run scripts/install-test-deps.");
        var errors = process.StandardError.ReadToEndAsync();
        var svg = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.Write(dot);
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, svg.Result, errors.Result);
    }
}
