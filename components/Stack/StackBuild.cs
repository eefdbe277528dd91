using System.Collections.Immutable;
using IrisStack.Components.Collections;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Stack;

/// <summary>Everything one stack is: its resource graph, its rendered files and its exported outputs.</summary>
public sealed record StackBuild(ResourceGraph Graph, EquatableArray<Artifact> Artifacts, EquatableArray<StackOutput> Outputs);
