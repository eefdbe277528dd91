using IrisStack.Components.Edge;

namespace IrisStack.Stack.Components;

/// <summary>An edge component's validated spec.</summary>
/// <param name="Shared">Region, account, tags, protection and policy settings.</param>
/// <param name="Edge">The edge settings, the shape of <c>iris-stack:edge</c>.</param>
/// <param name="AllowedPaths">The paths the edge admits: the Web Gateway's allow-list, so both admit the same.</param>
/// <param name="Origin">Where the ALB behind CloudFront goes, when the edge has one.</param>
public sealed record EdgeComponentSpec(ComponentContext Shared, EdgeConfig Edge, IReadOnlyList<string> AllowedPaths, EdgeOriginPlacement? Origin = null);
