using IrisStack.Components.Config;
using IrisStack.Policies;
using IrisStack.Stack;

namespace IrisStack.Cli.Commands;

/// <summary>Loads, builds and checks a stack from its files; reports invalid configuration as exit code 2.</summary>
internal static class StackLoader
{
    public static StackEvaluation? TryEvaluate(DirectoryInfo cwd, string stack, TextWriter stderr)
    {
        try
        {
            return StackEvaluation.Evaluate(new StackFileConfigSource(cwd.FullName, stack), PolicyPack.Default());
        }
        catch (ConfigException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return null;
        }
    }
}
