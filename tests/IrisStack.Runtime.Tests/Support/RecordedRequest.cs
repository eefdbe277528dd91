namespace IrisStack.Runtime.Tests.Support;

/// <summary>One request as it reached the stub upstream: the raw request target, headers and body.</summary>
public sealed record RecordedRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, string Body);
