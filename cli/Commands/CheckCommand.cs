using System.Collections.Immutable;
using System.CommandLine;
using IrisStack.Cli.Output;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Policies;
using IrisStack.Policies.Reports;
using IrisStack.Stack;
using IrisStack.Stack.PlanFiles;

namespace IrisStack.Cli.Commands;

/// <summary>
/// <c>irisstack check</c>: runs the policy pack and prints or writes the report (text, JSON, SARIF,
/// JUnit). It checks the stack built from its files, or a saved <c>plan.json</c> (<c>--plan</c>), or
/// the output of <c>pulumi preview --json</c> (<c>--pulumi-preview</c>); for files the policy settings
/// come from <c>Pulumi.&lt;stack&gt;.yaml</c> when <c>--stack</c> names it (it must exist and be the stack
/// the file previews), else the defaults of an empty configuration (read by the same code, so
/// protection is required), which the report says. Checking the stack files needs an explicit <c>--stack</c>.
/// Exit 0 passed, 1 mandatory violations (the report is still written), 2 unusable input (nothing written).
/// </summary>
internal static class CheckCommand
{
    private static readonly ImmutableDictionary<string, ReportFormat> Formats = new Dictionary<string, ReportFormat>
    {
        ["text"] = ReportFormat.Text,
        ["json"] = ReportFormat.Json,
        ["sarif"] = ReportFormat.Sarif,
        ["junit"] = ReportFormat.Junit,
    }.ToImmutableDictionary();

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var stack = CommonOptions.StackWithoutDefault(
            "Stack name: reads Pulumi.<stack>.yaml; required to check the stack files (no default, so a pipeline cannot check dev by mistake), optional with --plan or --pulumi-preview (the file names its stack)");
        var cwd = CommonOptions.Cwd();
        var format = new Option<string>("--format", "-f") { Description = "Report format: text, json, sarif or junit", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. Formats.Keys.Order(StringComparer.Ordinal)]);
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file (atomically) instead of printing it" };
        var plan = new Option<FileInfo?>("--plan") { Description = "Check a plan.json written by 'irisstack preview' instead of building the stack" };
        var pulumiPreview = new Option<FileInfo?>("--pulumi-preview")
        {
            Description = "Check the output of 'pulumi preview --json --show-sames' instead of building the stack",
        };
        var informationUri = new Option<string?>("--information-uri")
        {
            Description = "Absolute URL of the pack's documentation (e.g. your repository's docs/policies.md) for SARIF viewers",
        };
        var command = new Command("check", "Check a stack against the policy pack and report the results (text, JSON, SARIF 2.1.0, JUnit XML)")
        {
            stack, cwd, format, output, plan, pulumiPreview, informationUri, CommonOptions.NoColor(),
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(plan) is not null && result.GetValue(pulumiPreview) is not null)
            {
                result.AddError("--plan and --pulumi-preview exclude each other: check one input at a time.");
            }

            if (result.GetValue(plan) is null && result.GetValue(pulumiPreview) is null && string.IsNullOrWhiteSpace(result.GetValue(stack)))
            {
                result.AddError("--stack is required to check the stack files. Fix: pass the stack to check, e.g. --stack prod (or check a file with --plan or --pulumi-preview, which names its stack).");
            }

            if (result.GetValue(informationUri) is { } uri && !(Uri.TryCreate(uri, UriKind.Absolute, out var parsedUri) && parsedUri.Scheme is "https" or "http"))
            {
                result.AddError($"--information-uri '{uri}' is not an absolute URL: pass e.g. https://github.com/<owner>/<repo>/blob/main/docs/policies.md.");
            }
        });

        command.SetAction(parsed =>
        {
            var directory = parsed.GetValue(cwd)!;
            var explicitStack = parsed.GetValue(stack);
            var checkedStack = parsed.GetValue(plan) is { } planFile ? CheckFile(directory, explicitStack, planFile, "--plan", GraphImport.FromPlan, stderr)
                : parsed.GetValue(pulumiPreview) is { } previewFile ? CheckFile(directory, explicitStack, previewFile, "--pulumi-preview", GraphImport.FromPulumiPreview, stderr)
                : CheckStack(directory, parsed.GetValue(stack)!, stderr);
            if (checkedStack is null)
            {
                return CliApp.InvalidInput;
            }

            var (report, stackFile, lines) = checkedStack;
            var reportFormat = Formats[parsed.GetValue(format)!];
            var options = new ReportOptions(stackFile, parsed.GetValue(informationUri) ?? GitHubDocsUri())
            {
                LineOfSetting = key => lines?.LineOf(key),
            };
            var content = PolicyReportRenderer.Render(reportFormat, report, options);
            if (parsed.GetValue(output) is { } target)
            {
                if (!OutputFolder.TryWriteFile("--output", target, content, stderr))
                {
                    return CliApp.InvalidInput;
                }

                stdout.WriteLine($"{(report.Passed ? "PASSED" : "FAILED")}: {report.MandatoryViolations} mandatory and {report.AdvisoryViolations} advisory violations on stack {report.Stack}; wrote the {parsed.GetValue(format)} report to {target.FullName}");
            }
            else
            {
                stdout.Write(content);
            }

            return report.Passed ? CliApp.Ok : CliApp.PolicyViolations;
        });
        return command;
    }

    // The stack built from its files, as 'irisstack preview' builds it.
    private static CheckedStack? CheckStack(DirectoryInfo directory, string stack, TextWriter stderr) =>
        StackLoader.TryEvaluate(directory, stack, stderr) is { } evaluation
            ? new CheckedStack(evaluation.Report, StackFilePath(directory, stack, null), StackFileLines.Read(StackFile(directory, stack)))
            : null;

    // A plan or Pulumi preview: the graph from the file; with --stack, the levels of that stack's
    // file, which must exist and be the stack the file previews; without it, the default levels.
    private static CheckedStack? CheckFile(
        DirectoryInfo directory, string? stack, FileInfo file, string flag, Func<string, string, ResourceGraph> read, TextWriter stderr)
    {
        try
        {
            if (!file.Exists)
            {
                stderr.WriteLine($"error: {flag} {file.FullName}: the file does not exist. Fix: pass the path of an existing file.");
                return null;
            }

            var graph = read(File.ReadAllText(file.FullName), file.FullName);
            if (stack is null)
            {
                var defaults = StackConfigLoader.LoadPolicySettings(new RawStackConfig(StackConfigLoader.Namespace, graph.Stack, ImmutableSortedDictionary<string, ConfigNode>.Empty));
                var report = PolicyRunner.Run(PolicyPack.Default(), graph, defaults) with
                {
                    LevelsNote = $"the defaults, since no --stack was given (pass --stack {graph.Stack} to apply the levels and suppressions of Pulumi.{graph.Stack}.yaml)",
                };
                return new CheckedStack(report, StackFilePath(directory, graph.Stack, file), null);
            }

            var source = new StackFileConfigSource(directory.FullName, stack);
            var project = source.Read().Project;
            if (graph.Project != project || graph.Stack != stack)
            {
                stderr.WriteLine($"error: {flag} {file.FullName}: the file is a preview of {graph.Project}/{graph.Stack}, but --stack names {project}/{stack}, whose levels and suppressions would be applied to another stack's resources. " +
                    $"Fix: pass --stack {graph.Stack} from the folder of project {graph.Project} (--cwd), or omit --stack to check the file at the default levels.");
                return null;
            }

            var settings = StackConfigLoader.Load(source).Policies;
            return new CheckedStack(PolicyRunner.Run(PolicyPack.Default(), graph, settings), StackFilePath(directory, stack, file), StackFileLines.Read(StackFile(directory, stack)));
        }
        catch (GraphImportException e)
        {
            stderr.WriteLine($"error: {e.Message}");
        }
        catch (ConfigException e)
        {
            stderr.WriteLine($"error: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {flag} {file.FullName}: cannot read the file ({e.Message}). Fix: pass a readable file.");
        }

        return null;
    }

    // In a GitHub Actions run, where SARIF goes to code scanning, the docs of the commit being checked.
    private static string? GitHubDocsUri() =>
        Environment.GetEnvironmentVariable("GITHUB_SERVER_URL") is { Length: > 0 } server
        && Environment.GetEnvironmentVariable("GITHUB_REPOSITORY") is { Length: > 0 } repository
        && Environment.GetEnvironmentVariable("GITHUB_SHA") is { Length: > 0 } sha
            ? $"{server.TrimEnd('/')}/{repository}/blob/{sha}/docs/policies.md"
            : null;

    private static string StackFile(DirectoryInfo directory, string stack) => Path.Combine(directory.FullName, $"Pulumi.{stack}.yaml");

    // Where SARIF results point: the stack file (else the checked file), relative to where the tool runs (the repository root in CI).
    private static string StackFilePath(DirectoryInfo directory, string stack, FileInfo? checkedFile)
    {
        var stackFile = StackFile(directory, stack);
        var path = File.Exists(stackFile) || checkedFile is null ? stackFile : checkedFile.FullName;
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFileName(path) : relative;
    }

    private sealed record CheckedStack(PolicyReport Report, string StackFile, StackFileLines? Lines);
}
