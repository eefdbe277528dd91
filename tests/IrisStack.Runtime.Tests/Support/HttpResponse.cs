namespace IrisStack.Runtime.Tests.Support;

/// <summary>A parsed HTTP response: status, headers (names case-insensitive, repeated ones kept) and body.</summary>
public sealed record HttpResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body)
{
    public IEnumerable<string> All(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);

    public string? Header(string name) => All(name).FirstOrDefault();

    public static HttpResponse Parse(string text)
    {
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = (split < 0 ? text : text[..split]).Split("\r\n");
        var status = head.Length > 0 && head[0].Split(' ') is [_, var code, ..] && int.TryParse(code, out var parsed) ? parsed : 0;
        var headers = head.Skip(1)
            .Where(l => l.Contains(':', StringComparison.Ordinal))
            .Select(l => KeyValuePair.Create(l[..l.IndexOf(':', StringComparison.Ordinal)].Trim(), l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
            .ToList();
        return new HttpResponse(status, headers, split < 0 ? string.Empty : text[(split + 4)..]);
    }
}
