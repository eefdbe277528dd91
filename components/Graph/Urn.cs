namespace IrisStack.Components.Graph;

/// <summary>Pulumi URNs: <c>urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;parent types joined by $&gt;$&lt;type&gt;::&lt;name&gt;</c>.</summary>
public static class Urn
{
    /// <summary>The URN of a resource whose ancestors (outermost first) have the given types.</summary>
    public static string Create(string stack, string project, IEnumerable<string> ancestorTypes, string type, string name) =>
        $"urn:pulumi:{stack}::{project}::{string.Join('$', ancestorTypes.Append(type))}::{name}";

    /// <summary>The logical name part of a URN.</summary>
    public static string NameOf(string urn)
    {
        var index = urn.LastIndexOf("::", StringComparison.Ordinal);
        return index < 0 ? urn : urn[(index + 2)..];
    }

    /// <summary>The resource type part of a URN (the last of the $-joined qualified type).</summary>
    public static string TypeOf(string urn)
    {
        var parts = urn.Split("::");
        return parts.Length < 4 ? string.Empty : parts[^2].Split('$')[^1];
    }
}
