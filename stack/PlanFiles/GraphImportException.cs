namespace IrisStack.Stack.PlanFiles;

/// <summary>
/// A plan or Pulumi preview file that cannot be read as a resource graph: names the file and the
/// place in it, what is wrong, and how to fix it.
/// </summary>
public sealed class GraphImportException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file (or other source) being read.</param>
    /// <param name="where">The place in it, e.g. <c>steps[3].newState.urn</c>; empty for the file as a whole.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="fix">How to fix it.</param>
    public GraphImportException(string source, string where, string problem, string fix)
        : base($"{source}{(where.Length > 0 ? ": " + where : string.Empty)}: {problem} Fix: {fix}")
    {
        SourceFile = source;
        Where = where;
        Problem = problem;
        Fix = fix;
    }

    /// <summary>The file being read.</summary>
    public string SourceFile { get; }

    /// <summary>The place in the file.</summary>
    public string Where { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }

    /// <summary>How to fix it.</summary>
    public string Fix { get; }
}
