namespace IrisStack.Components.Graph;

/// <summary>
/// Pulumi's placeholder for a value it cannot know during preview (the engine's
/// <c>UnknownStringValue</c>). Kept in the graph primitives rather than with the preview reader
/// because policies, a floor below the reader, must tell it apart from a real value too.
/// </summary>
public static class PreviewUnknown
{
    /// <summary>What Pulumi prints for a value that is unknown during preview.</summary>
    public const string Text = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
}
