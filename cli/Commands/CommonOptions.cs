using System.CommandLine;

namespace IrisStack.Cli.Commands;

/// <summary>The options several commands share, so they are spelt and described once.</summary>
internal static class CommonOptions
{
    public static Option<string> Stack() => new("--stack", "-s")
    {
        Description = "Stack name: reads Pulumi.<stack>.yaml",
        DefaultValueFactory = _ => "dev",
    };

    /// <summary>--stack without a default, for commands where guessing dev could silently check the wrong stack.</summary>
    public static Option<string?> StackWithoutDefault(string description) => new("--stack", "-s") { Description = description };

    public static Option<DirectoryInfo> Cwd() => new("--cwd")
    {
        Description = "Project folder holding Pulumi.yaml (default: the current folder)",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };

    public static Option<DirectoryInfo?> Out(string description) => new("--out", "-o") { Description = description };

    /// <summary>Accepted by every command, so scripts can pass it everywhere; output that is not a terminal is plain anyway.</summary>
    public static Option<bool> NoColor() => new("--no-color") { Description = "Plain output without colour or styling (pipes, files and logs always get plain output)" };
}
