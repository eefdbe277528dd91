using System.CommandLine;
using IrisStack.Cli.Output;

namespace IrisStack.Cli.Commands;

/// <summary><c>irisstack render</c>: writes the files the stack deploys (nginx.conf, CSP.ini, manifests, ...), byte for byte.</summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var stack = CommonOptions.Stack();
        var cwd = CommonOptions.Cwd();
        var output = CommonOptions.Out("Folder to write the rendered files to");
        output.Required = true;
        var command = new Command("render", "Write the stack's rendered configuration files (the bytes Pulumi deploys)") { stack, cwd, output };
        command.SetAction(parsed =>
        {
            var evaluation = StackLoader.TryEvaluate(parsed.GetValue(cwd)!, parsed.GetValue(stack)!, stderr);
            if (evaluation is null)
            {
                return CliApp.InvalidInput;
            }

            var folder = parsed.GetValue(output)!;
            var artifacts = evaluation.Build.Artifacts;
            OutputFolder.Write(folder, artifacts);
            foreach (var artifact in artifacts)
            {
                stdout.WriteLine($"wrote {artifact.Path}");
            }

            stdout.WriteLine($"{artifacts.Length} files written to {folder.FullName}");
            return CliApp.Ok;
        });
        return command;
    }
}
