using IrisStack.Policies;
using IrisStack.Stack;
using IrisStack.Tests.Shared;
using Pulumi;

namespace IrisStack.Pulumi.Tests;

/// <summary>
/// The real program of the stack the test options name: infra/'s evaluation of the real stack
/// file, with the deployment inputs a deployment sets (password hashes, registry login) (<see cref="DeployableStackConfig"/>), and <see cref="IrisStackProgram.Compose"/>, under a transformation that records what every
/// resource is constructed with.
/// </summary>
public sealed class RecordedProgram : global::Pulumi.Stack
{
    public RecordedProgram()
        : this(new RecordedOptions())
    {
    }

    private RecordedProgram(RecordedOptions recorded)
        : base(new StackOptions { ResourceTransformations = { recorded.Record } })
    {
        Recorded = recorded;
        Evaluation = StackEvaluation.Evaluate(new DeployableStackConfig(new StackFileConfigSource(RepoPaths.Root, Deployment.Instance.StackName)), PolicyPack.Default());
        StackOutputs = IrisStackProgram.Compose(Evaluation);
    }

    internal RecordedOptions Recorded { get; }

    internal StackEvaluation Evaluation { get; }

    internal IDictionary<string, object?> StackOutputs { get; }
}
