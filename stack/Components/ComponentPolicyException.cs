using IrisStack.Policies;
using IrisStack.Policies.Reports;

namespace IrisStack.Stack.Components;

/// <summary>Thrown when a component's args would create resources that violate a mandatory policy; nothing is registered.</summary>
public sealed class ComponentPolicyException : Exception
{
    /// <summary>Creates the exception for the component's report.</summary>
    public ComponentPolicyException(string component, PolicyReport report)
        : base($"Component '{component}' violates mandatory policies; nothing was registered. Change the args as each fix says, or suppress a finding with a reason in the args' policies.suppressions.{Environment.NewLine}{PolicyTextReport.Render(report)}") =>
        Report = report;

    /// <summary>The report with the findings and their fixes.</summary>
    public PolicyReport Report { get; }
}
