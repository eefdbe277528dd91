using System.Text.RegularExpressions;

namespace IrisStack.Components.Kubernetes;

/// <summary>Container image references the stack accepts: registry/repository pinned to a tag other than <c>latest</c>, or to a digest.</summary>
public static partial class ContainerImage
{
    /// <summary>Null when <paramref name="image"/> is pinned; otherwise what is wrong, for a config error.</summary>
    public static string? Validate(string image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return Pattern().IsMatch(image) && !image.EndsWith(":latest", StringComparison.Ordinal)
            ? null
            : $"'{image}' is not an image pinned to a tag or digest (':latest' is not pinned).";
    }

    [GeneratedRegex(@"^[a-z0-9.-]+(:[0-9]+)?(/[a-z0-9._-]+)+(:[A-Za-z0-9._-]+|@sha256:[a-f0-9]{64})$")]
    private static partial Regex Pattern();
}
