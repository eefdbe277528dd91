namespace IrisStack.Stack;

/// <summary>One security layer as diagrams show it: its component type, a title, and whether requests pass through it.</summary>
/// <param name="TypeToken">The layer's component type token.</param>
/// <param name="Title">What a reader calls it.</param>
/// <param name="OnTrafficPath">Whether a request from the internet passes through it on its way to IRIS.</param>
public sealed record Layer(string TypeToken, string Title, bool OnTrafficPath);
