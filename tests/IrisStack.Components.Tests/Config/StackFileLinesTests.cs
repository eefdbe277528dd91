using IrisStack.Stack;
using IrisStack.Tests.Shared;

namespace IrisStack.Components.Tests.Config;

public sealed class StackFileLinesTests
{
    private const string Stack = """
        # a comment
        config:
          aws:region: eu-west-1
          iris-stack:accountId: "111111111111"
          iris-stack:network:
            cidr: 10.20.0.0/16
            flowLogRetentionDays: 7
          iris-stack:cluster:
            nodeGroups:
              - name: general
                diskSizeGiB: 30
              - name: iris
                diskSizeGiB: 100
          "iris-stack:webGateway":
            headers:
              hstsMaxAgeSeconds: 31536000
        """;

    private static StackFileLines Lines(string yaml)
    {
        using var project = TempProject.With("t", yaml);
        return StackFileLines.Read(project.File("Pulumi.t.yaml"));
    }

    [Theory]
    [InlineData("iris-stack:accountId", 4)]
    [InlineData("iris-stack:network", 5)]
    [InlineData("iris-stack:network.flowLogRetentionDays", 7)]
    [InlineData("iris-stack:cluster.nodeGroups[1].diskSizeGiB", 13)]
    [InlineData("iris-stack:cluster.nodeGroups[0]", 10)]
    [InlineData("iris-stack:webGateway.headers.hstsMaxAgeSeconds", 16)]
    public void LineOf_AWrittenKey_IsItsLine(string key, int line) => Assert.Equal(line, Lines(Stack).LineOf(key));

    [Theory]
    [InlineData("iris-stack:network.azCount", 5)]
    [InlineData("iris-stack:cluster.nodeGroups[7].diskSizeGiB", 9)]
    [InlineData("iris-stack:webGateway.limits.maxBodySize", 14)]
    public void LineOf_AnUnsetKey_IsTheNearestSectionTheFileSets(string key, int line) => Assert.Equal(line, Lines(Stack).LineOf(key));

    [Theory]
    [InlineData("iris-stack:protectStatefulResources")]
    [InlineData("iris-stack:networks.cidr")]
    [InlineData("NetworkArgs.flowLogRetentionDays")]
    public void LineOf_AKeyOutsideTheFile_IsNull(string key) => Assert.Null(Lines(Stack).LineOf(key));

    [Fact]
    public void Read_InvalidYaml_LocatesNothing() => Assert.Null(Lines("config:\n  a: [\n").LineOf("a"));

    [Fact]
    public void Read_MissingFile_LocatesNothing() => Assert.Null(StackFileLines.Read("/nonexistent/Pulumi.x.yaml").LineOf("iris-stack:accountId"));
}
