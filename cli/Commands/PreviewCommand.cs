using System.CommandLine;
using IrisStack.Cli.Output;
using IrisStack.Components.Graph;
using IrisStack.Policies.Reports;
using IrisStack.Stack.PlanFiles;
using Spectre.Console;

namespace IrisStack.Cli.Commands;

/// <summary><c>irisstack preview</c>: what <c>pulumi up</c> would create, the policy results, plan.json and the rendered files.</summary>
internal static class PreviewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var stack = CommonOptions.Stack();
        var cwd = CommonOptions.Cwd();
        var output = CommonOptions.Out("Folder for plan.json and the rendered files: empty, missing, or one irisstack wrote before (default: .irisstack/<stack> under --cwd)");
        var noColor = CommonOptions.NoColor();
        var command = new Command("preview", "Show the resources the stack would create and check them against the policy pack") { stack, cwd, output, noColor };
        command.SetAction(parsed =>
        {
            var directory = parsed.GetValue(cwd)!;
            var stackName = parsed.GetValue(stack)!;
            var evaluation = StackLoader.TryEvaluate(directory, stackName, stderr);
            if (evaluation is null)
            {
                return CliApp.InvalidInput;
            }

            // Write first: a folder that cannot be written is a usage error (exit 2), reported before any other output.
            var folder = parsed.GetValue(output) ?? new DirectoryInfo(Path.Combine(directory.FullName, ".irisstack", stackName));
            if (!OutputFolder.TryWrite("--out", folder, [new Artifact("plan.json", PlanWriter.Write(evaluation)), .. evaluation.Build.Artifacts], stderr, out var removed))
            {
                return CliApp.InvalidInput;
            }

            var terminal = Terminal.For(stdout, parsed.GetValue(noColor));
            var graph = evaluation.Build.Graph;
            terminal.WriteLine($"Previewing update ({graph.Stack}):");
            terminal.WriteLine();
            terminal.Write(PreviewTree.Render(graph, terminal.Width));
            terminal.WriteLine();
            var report = evaluation.Report;
            terminal.Write(PolicyTextReport.Render(report), report.Passed ? Color.Green : Color.Red);
            terminal.WriteLine();
            terminal.Write(PreviewOutputs.Render(evaluation.Build.Outputs));
            terminal.WriteLine("Resources:");
            terminal.WriteLine($"    + {PreviewTree.CreateCount(graph)} to create");
            terminal.WriteLine();
            terminal.WriteLine($"Wrote plan.json and {evaluation.Build.Artifacts.Length} rendered files to {folder.FullName}");
            foreach (var path in removed)
            {
                terminal.WriteLine($"Removed {path} (an earlier run wrote it; this one does not)");
            }

            return report.Passed ? CliApp.Ok : CliApp.PolicyViolations;
        });
        return command;
    }
}
