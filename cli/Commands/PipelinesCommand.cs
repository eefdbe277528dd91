using System.Collections.Immutable;
using System.CommandLine;
using System.Text;
using IrisStack.Components.Config;
using IrisStack.Stack;
using IrisStack.Stack.Pipelines;

namespace IrisStack.Cli.Commands;

/// <summary><c>irisstack pipelines</c>: writes the GitHub Actions workflows that preview, check and deploy the given stacks.</summary>
internal static class PipelinesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var stacks = new Option<string[]>("--stack", "-s")
        {
            Description = "A stack the pipelines preview on pull requests and deploy on main, in deploy order (repeat it: --stack dev --stack prod); each needs its Pulumi.<stack>.yaml",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var cwd = CommonOptions.Cwd();
        var output = CommonOptions.Out("Repository folder the workflows are written under, as .github/workflows/*.yml (default: the project folder)");
        var command = new Command("pipelines", "Write the GitHub Actions workflows: tests, policy checks (SARIF) and previews on pull requests, deploys in order on main") { stacks, cwd, output, CommonOptions.NoColor() };
        command.SetAction(parsed =>
        {
            var folder = parsed.GetValue(cwd)!.FullName;
            var names = parsed.GetValue(stacks) ?? [];
            var spec = Spec(folder, names, stderr);
            if (spec is null)
            {
                return CliApp.InvalidInput;
            }

            var invocation = "irisstack pipelines " + string.Join(' ', names.Select(n => $"--stack {n}"));
            var root = parsed.GetValue(output)?.FullName ?? folder;
            var files = GitHubWorkflows.Render(spec, invocation);
            foreach (var file in files)
            {
                WriteAtomically(Path.Combine(root, file.Path), file.Content);
                stdout.WriteLine($"wrote {file.Path}");
            }

            return CliApp.Ok;
        });
        return command;
    }

    // Every stack is checked before anything is written: a pipeline for a stack that cannot load would fail on its first run.
    private static PipelineSpec? Spec(string folder, IReadOnlyList<string> names, TextWriter stderr)
    {
        var errors = new List<string>();
        var stages = ImmutableArray.CreateBuilder<PipelineStage>();
        foreach (var duplicate in names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"--stack: '{duplicate.Key}' is given {duplicate.Count()} times. Fix: name each stack once, in deploy order.");
        }

        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (!File.Exists(Path.Combine(folder, $"Pulumi.{name}.yaml")))
            {
                errors.Add($"--stack: '{name}' has no stack file Pulumi.{name}.yaml in {folder}. Fix: create it with 'pulumi stack init {name}', or name an existing stack.");
                continue;
            }

            try
            {
                stages.Add(new PipelineStage(name, StackConfigLoader.Load(new StackFileConfigSource(folder, name)).Region));
            }
            catch (ConfigException e)
            {
                errors.Add($"--stack: '{name}' does not load, so its pipeline would fail: {e.Message}");
            }
        }

        foreach (var error in errors)
        {
            stderr.WriteLine($"error: {error}");
        }

        return errors.Count == 0 ? new PipelineSpec(stages.ToImmutable()) : null;
    }

    private static void WriteAtomically(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, content, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }
}
