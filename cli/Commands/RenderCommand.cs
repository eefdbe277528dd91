using System.CommandLine;
using IrisStack.Cli.Output;

namespace IrisStack.Cli.Commands;

/// <summary>
/// <c>irisstack render</c>: writes the files the stack deploys (nginx.conf, CSP.ini, manifests, ...),
/// byte for byte. --out then holds exactly this run's files: what an earlier run wrote there and
/// this one does not (a prod-only manifest after a dev run) is removed, and a folder irisstack did
/// not write is refused rather than mixed into (see <see cref="OutputFolder"/>).
/// </summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var stack = CommonOptions.Stack();
        var cwd = CommonOptions.Cwd();
        var output = CommonOptions.Out("Folder for the rendered files: empty, missing, or one irisstack wrote before (its earlier files are replaced)");
        output.Required = true;
        var command = new Command("render", "Write the stack's rendered configuration files (the bytes Pulumi deploys); --out then holds exactly this run's files") { stack, cwd, output, CommonOptions.NoColor() };
        command.SetAction(parsed =>
        {
            var evaluation = StackLoader.TryEvaluate(parsed.GetValue(cwd)!, parsed.GetValue(stack)!, stderr);
            if (evaluation is null)
            {
                return CliApp.InvalidInput;
            }

            var folder = parsed.GetValue(output)!;
            var artifacts = evaluation.Build.Artifacts;
            if (!OutputFolder.TryWrite("--out", folder, artifacts, stderr, out var removed))
            {
                return CliApp.InvalidInput;
            }

            foreach (var artifact in artifacts)
            {
                stdout.WriteLine($"wrote {artifact.Path}");
            }

            foreach (var path in removed)
            {
                stdout.WriteLine($"removed {path} (an earlier run wrote it; this one does not)");
            }

            stdout.WriteLine($"{artifacts.Length} files written to {folder.FullName}");
            return CliApp.Ok;
        });
        return command;
    }
}
