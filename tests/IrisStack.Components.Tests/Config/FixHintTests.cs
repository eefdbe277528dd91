using System.Text.RegularExpressions;
using IrisStack.Components.Config;
using IrisStack.Stack;
using IrisStack.Tests.Shared;

namespace IrisStack.Components.Tests.Config;

/// <summary>Every printed <c>pulumi config set</c> fix, run as printed, fixes the problem it is printed for.</summary>
public sealed partial class FixHintTests
{
    private const string Base = "config:\n  aws:region: eu-west-1\n  iris-stack:accountId: \"123456789012\"\n";

    public static TheoryData<string, string, string> Problems => new()
    {
        { "config:\n  iris-stack:accountId: \"123456789012\"\n", "aws:region", "eu-west-1" },
        { Base + "  iris-stack:webGateway:\n    iris:\n      password: hunter2\n", "iris-stack:webGateway.iris.password", "s3cret-value" },
        { Base + "  iris-stack:policies:\n    suppressions:\n      - policy: vpc-flow-logs-enabled\n", "iris-stack:policies.suppressions[0].reason", string.Empty },
    };

    private static ConfigException Load(string yaml)
    {
        using var project = TempProject.With("s", yaml);
        return Assert.Throws<ConfigException>(() => StackConfigLoader.Load(new StackFileConfigSource(project.Path, "s")));
    }

    private static IReadOnlyList<ConfigError> ErrorsAfter(string yaml)
    {
        using var project = TempProject.With("s", yaml);
        try
        {
            StackConfigLoader.Load(new StackFileConfigSource(project.Path, "s"));
            return [];
        }
        catch (ConfigException e)
        {
            return e.Errors;
        }
    }

    [Theory]
    [MemberData(nameof(Problems))]
    public void PrintedCommand_RunAsPrinted_FixesTheKey(string yaml, string key, string value)
    {
        var error = Assert.Single(Load(yaml).Errors, e => e.Key == key);
        var command = Command().Match(error.Fix).Groups[1].Value;
        Assert.StartsWith("pulumi config set", command, StringComparison.Ordinal);

        var fixedYaml = PulumiConfigSet.Apply(yaml, value.Length == 0 ? command : command.Replace("<value>", value, StringComparison.Ordinal));

        Assert.DoesNotContain(ErrorsAfter(fixedYaml), e => e.Key == key);
        Assert.Empty(ErrorsAfter(fixedYaml));
    }

    [Fact]
    public void NestedKey_WithoutPath_WouldNotFix_SoTheCommandSaysPath()
    {
        var yaml = Base + "  iris-stack:webGateway:\n    iris:\n      password: hunter2\n";
        var fix = Assert.Single(Load(yaml).Errors).Fix;

        Assert.Contains("pulumi config set --path --secret iris-stack:webGateway.iris.password", fix, StringComparison.Ordinal);
        var flat = PulumiConfigSet.Apply(yaml, "pulumi config set --secret iris-stack:webGateway.iris.password s3cret");
        Assert.Contains(ErrorsAfter(flat), e => e.Key == "iris-stack:webGateway.iris.password");
    }

    [GeneratedRegex("run '([^']+)'")]
    private static partial Regex Command();
}
