using System.CommandLine;
using IrisStack.Cli.Output;

namespace IrisStack.Cli.Commands;

/// <summary><c>irisstack graph</c>: the layers and the request-path graph, bypasses in red, as a Mermaid or DOT diagram.</summary>
internal static class GraphCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var stack = CommonOptions.Stack();
        var cwd = CommonOptions.Cwd();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Diagram language",
            DefaultValueFactory = _ => "mermaid",
        };
        format.AcceptOnlyFromAmong("mermaid", "dot");
        var command = new Command("graph", "Draw the stack's layers and the ways a request can take to IRIS, bypasses of the request path in red") { stack, cwd, format, CommonOptions.NoColor() };
        command.SetAction(parsed =>
        {
            var evaluation = StackLoader.TryEvaluate(parsed.GetValue(cwd)!, parsed.GetValue(stack)!, stderr);
            if (evaluation is null)
            {
                return CliApp.InvalidInput;
            }

            var graph = evaluation.Build.Graph;
            stdout.Write(parsed.GetValue(format) == "dot" ? GraphDiagram.Dot(graph) : GraphDiagram.Mermaid(graph));
            return CliApp.Ok;
        });
        return command;
    }
}
