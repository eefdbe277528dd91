namespace IrisStack.Stack.Pipelines;

/// <summary>A GitHub Action pinned to the commit of a release, so a moved tag cannot change what runs.</summary>
/// <param name="Repository">owner/name, plus a path for an action inside a repository (<c>github/codeql-action/upload-sarif</c>).</param>
/// <param name="Commit">The release's commit (40 hex digits).</param>
/// <param name="Release">The release tag the commit is, written beside it for readers and update bots.</param>
public sealed record PinnedAction(string Repository, string Commit, string Release)
{
    /// <summary>The value of a step's <c>uses</c>.</summary>
    public string Uses => $"{Repository}@{Commit}";
}
