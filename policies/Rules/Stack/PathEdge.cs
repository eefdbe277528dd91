namespace IrisStack.Policies.Rules.Stack;

/// <summary>One way traffic can go, and the resource and property that open it.</summary>
/// <param name="From">Where the traffic comes from.</param>
/// <param name="To">Where it may go.</param>
/// <param name="Resource">The resource that opens the way (its logical name).</param>
/// <param name="Property">The property that does.</param>
/// <param name="Fix">How to close it, should it skip a stage.</param>
public sealed record PathEdge(PathPoint From, PathPoint To, string Resource, string Property, string Fix);
