using System.Text;

namespace IrisStack.Components.Graph;

/// <summary>
/// Builds a finding's property path in Pulumi's property-path syntax, so that a key holding dots
/// or slashes stays one key: <c>data["nginx.conf"]</c>, not <c>data.nginx.conf</c> (which reads
/// as key <c>conf</c> of key <c>nginx</c>).
/// </summary>
public static class PropertyPath
{
    /// <summary>The path of <paramref name="segments"/>: plain names joined with dots, other keys quoted in brackets.</summary>
    public static string Of(params IEnumerable<string> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var path = new StringBuilder();
        foreach (var segment in segments)
        {
            if (IsPlain(segment))
            {
                path.Append(path.Length > 0 ? "." : string.Empty).Append(segment);
            }
            else
            {
                path.Append("[\"").Append(segment.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"]");
            }
        }

        return path.ToString();
    }

    private static bool IsPlain(string segment) =>
        segment.Length > 0 && !char.IsAsciiDigit(segment[0]) && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$');
}
