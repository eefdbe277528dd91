namespace IrisStack.Components.Graph;

/// <summary>A rendered text file (nginx.conf, CSP.ini, a manifest) at a path relative to the output folder.</summary>
/// <param name="Path">Relative path with forward slashes, e.g. <c>k8s/iris-namespace.yaml</c>.</param>
/// <param name="Content">The file's text, with every secret masked.</param>
public sealed record Artifact(string Path, string Content);
