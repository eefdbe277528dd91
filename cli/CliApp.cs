using System.CommandLine;
using IrisStack.Cli.Commands;

namespace IrisStack.Cli;

/// <summary>
/// The <c>irisstack</c> tool: the offline front end of the stack. Exit codes: 0 fine (advisories
/// allowed), 1 mandatory policy violations, 2 invalid configuration or usage (nothing written),
/// 3 internal error (a bug: an exception no command expected).
/// </summary>
public static class CliApp
{
    /// <summary>Exit code: everything passed (advisory findings allowed).</summary>
    public const int Ok = 0;

    /// <summary>Exit code: at least one mandatory policy violation.</summary>
    public const int PolicyViolations = 1;

    /// <summary>Exit code: invalid configuration or usage.</summary>
    public const int InvalidInput = 2;

    /// <summary>
    /// Exit code: an unexpected exception, i.e. a bug in the tool. Distinct from 1 so a crash never
    /// reads as a policy failure in CI (System.CommandLine's default handler would return 1).
    /// </summary>
    public const int InternalError = 3;

    /// <summary>Parses and runs one command line, writing to the given streams.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        RunAsync(args, CommandCatalog.For(args, stdout, stderr), stdout, stderr, cancellationToken);

    /// <summary>Parses and runs one command line against the given commands (tests pass their own to reach the error paths).</summary>
    internal static async Task<int> RunAsync(string[] args, IEnumerable<Command> commands, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("IrisStack: defense-in-depth InterSystems IRIS on AWS, previewed and policy-checked offline.");
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync($"error: {error.Message}");
            }

            await stderr.WriteLineAsync("Run 'irisstack --help' for usage.");
            return InvalidInput;
        }

        try
        {
            return await parsed.InvokeAsync(
                new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception e)
        {
            // Commands report every expected problem themselves (exit 2); anything reaching here is a bug.
            await stderr.WriteLineAsync(
                $"internal error ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ").TrimEnd('.')}. This is a bug in irisstack: please report it with the command line that caused it.");
            return InternalError;
        }
    }
}
