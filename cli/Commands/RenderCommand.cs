using System.CommandLine;
using IrisStack.Cli.Output;

namespace IrisStack.Cli.Commands;

/// <summary><c>irisstack render</c>: writes the files the stack deploys (nginx.conf, CSP.ini, manifests, ...), byte for byte. It writes only the files it renders and never deletes: files left in --out by earlier runs (say, of a layer since switched off) stay, as the command's help says.</summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var stack = CommonOptions.Stack();
        var cwd = CommonOptions.Cwd();
        var output = CommonOptions.Out("Folder to write the rendered files to");
        output.Required = true;
        var command = new Command("render", "Write the stack's rendered configuration files (the bytes Pulumi deploys); only those files are written, so files in --out from earlier runs stay (use an empty folder to see exactly the current set)") { stack, cwd, output };
        command.SetAction(parsed =>
        {
            var evaluation = StackLoader.TryEvaluate(parsed.GetValue(cwd)!, parsed.GetValue(stack)!, stderr);
            if (evaluation is null)
            {
                return CliApp.InvalidInput;
            }

            var folder = parsed.GetValue(output)!;
            var artifacts = evaluation.Build.Artifacts;
            if (!OutputFolder.TryWrite("--out", folder, artifacts, stderr))
            {
                return CliApp.InvalidInput;
            }

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
