using IrisStack.Stack;

namespace IrisStack.Tests.Shared;

/// <summary>The repository's own stacks (Pulumi.dev.yaml, Pulumi.prod.yaml), loaded and built as users get them.</summary>
internal static class RealStacks
{
    /// <summary>The validated configuration of a real stack.</summary>
    public static StackConfig Config(string stack) => StackConfigLoader.Load(new StackFileConfigSource(RepoPaths.Root, stack));

    /// <summary>A real stack, built.</summary>
    public static StackBuild Build(string stack) => IrisStackBlueprint.Build(Config(stack));
}
