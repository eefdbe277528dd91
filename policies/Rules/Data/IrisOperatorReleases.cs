using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Data;

/// <summary>Finds the InterSystems Kubernetes Operator's Helm releases: a chart whose last path segment is <c>iris-operator</c> (an OCI reference or a repository chart) or an <c>iris-operator-*.tgz</c> archive.</summary>
public static class IrisOperatorReleases
{
    /// <summary>The Helm release type token.</summary>
    public const string Type = "kubernetes:helm.sh/v3:Release";

    /// <summary>The chart's name.</summary>
    public const string ChartName = "iris-operator";

    /// <summary>Whether the release installs the IKO chart.</summary>
    public static bool IsOperator(ResourceNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.Type != Type || node.Input("chart") is not StringValue { Value: var chart })
        {
            return false;
        }

        var last = chart[(chart.LastIndexOf('/') + 1)..];
        return last == ChartName || (last.StartsWith(ChartName + "-", StringComparison.Ordinal) && last.EndsWith(".tgz", StringComparison.Ordinal));
    }
}
