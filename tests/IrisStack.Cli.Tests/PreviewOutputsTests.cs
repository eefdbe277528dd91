using IrisStack.Cli.Output;
using IrisStack.Components.Graph;
using IrisStack.Components.Plan;
using IrisStack.Tests.Shared;

namespace IrisStack.Cli.Tests;

/// <summary>The <c>Outputs:</c> section as Pulumi prints it: secrets masked, known values shown, unknown ones said to be unknown.</summary>
public sealed class PreviewOutputsTests
{
    [Fact]
    public void Render_MasksSecrets_ShowsPlainValues_AndAlignsNamesAsPulumiDoes()
    {
        var text = PreviewOutputs.Render(
        [
            new StackOutput("zoneCount", 3),
            new StackOutput("password", new SecretValue(new StringValue("hunter2"))),
            new StackOutput("url", InterpolationValue.Of("https://", new SecretValue(new StringValue("pw")), "@db")),
            new StackOutput("clusterName", "iris-stack-dev"),
            new StackOutput("vpcId", new OutputReference("network-vpc", "id")),
            new StackOutput("enabled", true),
        ]);

        Assert.Equal(
            """
            Outputs:
                clusterName: "iris-stack-dev"
                enabled    : true
                password   : [secret]
                url        : [secret]
                vpcId      : [unknown]
                zoneCount  : 3


            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            text);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pw", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ListsAndMaps_NestAsPulumiPrintsThem_SecretsMaskedInside()
    {
        var text = PreviewOutputs.Render(
        [
            new StackOutput("ids", ListValue.Of([new OutputReference("a", "id"), "b\"q"])),
            new StackOutput("endpoint", MapValue.Of(("port", 443), ("host", "gw.internal"), ("token", new SecretValue(new StringValue("t0k3n"))))),
        ]);

        Assert.Equal(
            """
            Outputs:
                endpoint: {
                    host : "gw.internal"
                    port : 443
                    token: [secret]
                }
                ids     : [
                    [0]: [unknown]
                    [1]: "b\"q"
                ]


            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            text);
    }

    [Fact]
    public void Render_LeavesOutNullAndEmptyValues_AndNothingAtAllWhenNothingIsShown()
    {
        Assert.Equal(string.Empty, PreviewOutputs.Render([new StackOutput("nothing", NullValue.Instance), new StackOutput("none", ListValue.Of([]))]));
        Assert.DoesNotContain("empty", PreviewOutputs.Render([new StackOutput("empty", ""), new StackOutput("kept", "x")]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_Dev_PrintsOutputsBeforeResources_KubeconfigMaskedAndTheClusterNameShown()
    {
        using var project = TempProject.Of(("dev", File.ReadAllText(Path.Combine(RepoPaths.Root, "Pulumi.dev.yaml"))));

        var run = await CliRun.Of("preview", "-s", "dev", "--cwd", project.Path, "--out", project.File("out"));

        Assert.Equal(CliApp.Ok, run.ExitCode);
        var outputs = run.Stdout[run.Stdout.IndexOf("\nOutputs:\n", StringComparison.Ordinal)..run.Stdout.IndexOf("\nResources:\n", StringComparison.Ordinal)];
        Assert.Contains("\n    kubeconfig      : [secret]\n", outputs, StringComparison.Ordinal);
        Assert.Contains("\n    clusterName     : \"iris-stack-dev\"\n", outputs, StringComparison.Ordinal);
        Assert.Contains("\n    vpcId           : [unknown]\n", outputs, StringComparison.Ordinal);
        Assert.True(run.Stdout.IndexOf("Policies:", StringComparison.Ordinal) < run.Stdout.IndexOf("Outputs:", StringComparison.Ordinal));
    }
}
