using System.CommandLine;
using IrisStack.Cli.Commands;

namespace IrisStack.Cli;

/// <summary>
/// The <c>irisstack</c> tool: the offline front end of the stack. Exit codes: 0 fine (advisories
/// allowed), 1 mandatory policy violations, 2 invalid configuration or usage (nothing written).
/// </summary>
public static class CliApp
{
    /// <summary>Exit code: everything passed (advisory findings allowed).</summary>
    public const int Ok = 0;

    /// <summary>Exit code: at least one mandatory policy violation.</summary>
    public const int PolicyViolations = 1;

    /// <summary>Exit code: invalid configuration or usage.</summary>
    public const int InvalidInput = 2;

    /// <summary>Parses and runs one command line, writing to the given streams.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("IrisStack: defense-in-depth InterSystems IRIS on AWS, previewed and policy-checked offline.");
        foreach (var command in CommandCatalog.All(stdout, stderr))
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

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken);
    }
}
