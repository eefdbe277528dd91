using System.Collections.Immutable;
using IrisStack.Policies.Rules.Stack;

namespace IrisStack.Cli.Output;

/// <summary>One arrow of the request-path diagram: the edges from one point to another that one resource opens.</summary>
/// <param name="From">Where the traffic comes from.</param>
/// <param name="To">Where it may go.</param>
/// <param name="Resource">The resource that opens the way, the arrow's label.</param>
/// <param name="Fixes">How to close it, one per distinct fix of its edges.</param>
/// <param name="OnBypass">Whether it is a bypass or on the way from the internet to one.</param>
internal sealed record Arrow(PathPoint From, PathPoint To, string Resource, ImmutableArray<string> Fixes, bool OnBypass);
