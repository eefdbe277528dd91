namespace IrisStack.Policies.Tests.Fixtures;

/// <summary>Assertions on a policy outcome.</summary>
internal static class Outcomes
{
    /// <summary>Asserts exactly one finding, on that resource and property, and returns it.</summary>
    public static Finding Single(PolicyOutcome outcome, string resource, string property)
    {
        var violations = Assert.IsType<PolicyOutcome.ViolationsOutcome>(outcome);
        var finding = Assert.Single(violations.Findings);
        Assert.Equal(resource, finding.Resource);
        Assert.Equal(property, finding.Property);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        Assert.False(string.IsNullOrWhiteSpace(finding.Fix));
        return finding;
    }
}
