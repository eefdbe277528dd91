using System.Collections.Immutable;

namespace IrisStack.Stack.Pipelines;

/// <summary>What the generated workflows do: the stacks in deploy order, and the branch that deploys.</summary>
/// <param name="Stacks">Every stack, previewed and policy-checked on each pull request and deployed on the branch in this order.</param>
/// <param name="Branch">The branch whose pushes deploy, and the pull requests against which are previewed.</param>
/// <param name="RunnerImage">The GitHub-hosted runner every job runs on, pinned so a new image cannot change the build unannounced.</param>
public sealed record PipelineSpec(ImmutableArray<PipelineStage> Stacks, string Branch = "main", string RunnerImage = "ubuntu-24.04");
