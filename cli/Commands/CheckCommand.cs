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
/// come from <c>Pulumi.&lt;stack&gt;.yaml</c> when the project folder has it, else the defaults of an
/// empty configuration (read by the same code, so protection is required unless a stack turns it off).
/// Checking the stack files needs an explicit <c>--stack</c>.
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
            var (checkedReport, stackFile) = parsed.GetValue(plan) is { } planFile ? CheckFile(directory, explicitStack, planFile, GraphImport.FromPlan, stderr)
                : parsed.GetValue(pulumiPreview) is { } previewFile ? CheckFile(directory, explicitStack, previewFile, GraphImport.FromPulumiPreview, stderr)
                : CheckStack(directory, parsed.GetValue(stack)!, stderr);
            if (checkedReport is not { } report)
            {
                return CliApp.InvalidInput;
            }

            var reportFormat = Formats[parsed.GetValue(format)!];
            var content = PolicyReportRenderer.Render(reportFormat, report, new ReportOptions(stackFile, parsed.GetValue(informationUri)));
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
    private static (PolicyReport? Report, string? StackFile) CheckStack(DirectoryInfo directory, string stack, TextWriter stderr) =>
        StackLoader.TryEvaluate(directory, stack, stderr) is { } evaluation
            ? (evaluation.Report, StackFilePath(directory, stack, null))
            : default;

    // A plan or Pulumi preview: the graph from the file, the settings from the stack file if there is one.
    private static (PolicyReport? Report, string? StackFile) CheckFile(
        DirectoryInfo directory, string? stack, FileInfo file, Func<string, string, ResourceGraph> read, TextWriter stderr)
    {
        try
        {
            if (!file.Exists)
            {
                stderr.WriteLine($"error: {file.FullName}: the file does not exist. Fix: pass the path of an existing file.");
                return default;
            }

            var graph = read(File.ReadAllText(file.FullName), file.FullName);
            var stackName = stack ?? graph.Stack;
            var stackFile = Path.Combine(directory.FullName, $"Pulumi.{stackName}.yaml");
            var settings = File.Exists(stackFile)
                ? StackConfigLoader.Load(new StackFileConfigSource(directory.FullName, stackName)).Policies
                : StackConfigLoader.LoadPolicySettings(new RawStackConfig(StackConfigLoader.Namespace, stackName, ImmutableSortedDictionary<string, ConfigNode>.Empty));
            return (PolicyRunner.Run(PolicyPack.Default(), graph, settings), StackFilePath(directory, stackName, file));
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
            stderr.WriteLine($"error: {file.FullName}: cannot read the file ({e.Message}). Fix: pass a readable file.");
        }

        return default;
    }

    // Where SARIF results point: the stack file (else the checked file), relative to where the tool runs (the repository root in CI).
    private static string StackFilePath(DirectoryInfo directory, string stack, FileInfo? checkedFile)
    {
        var stackFile = Path.Combine(directory.FullName, $"Pulumi.{stack}.yaml");
        var path = File.Exists(stackFile) || checkedFile is null ? stackFile : checkedFile.FullName;
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFileName(path) : relative;
    }
}
