namespace IrisStack.Stack.Pipelines;

/// <summary>One stack the pipelines preview and deploy, in the order its deploy runs.</summary>
/// <param name="Name">The stack's name (its file is <c>Pulumi.&lt;name&gt;.yaml</c>); also the GitHub environment its deploy job runs in, whose required reviewers gate it.</param>
/// <param name="Region">The stack's AWS region (its <c>aws:region</c>), where the pipeline's AWS session is opened.</param>
public sealed record PipelineStage(string Name, string Region);
