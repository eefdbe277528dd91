using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Cluster;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Cluster.RuleNodes;

namespace IrisStack.Policies.Tests.Rules.Cluster;

public sealed class ExecGrantedByNameTests
{
    private readonly ExecGrantedByName policy = new();

    private static MapValue Rule(string resource, string verb, params string[] names) => MapValue.Of(
        ("apiGroups", ListValue.Of(string.Empty)),
        ("resources", ListValue.Of(resource)),
        ("resourceNames", names.Length == 0 ? null : ListValue.Of(names.Select(n => (Value)n))),
        ("verbs", ListValue.Of(verb)));

    private static ResourceNode Role(params MapValue[] rules) =>
        Node("kubernetes:rbac.authorization.k8s.io/v1:Role", ("rules", ListValue.Of(rules.Select(r => (Value)r))));

    [Fact]
    public void ExecOnNamedPods_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Role(Rule("pods", "get", "iris-data-0"), Rule("pods/exec", "create", "iris-data-0")), Context));

    [Fact]
    public void RulesWithoutExec_AreCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Role(Rule("pods", "get"), Rule("configmaps", "*")), Context));

    [Theory]
    [InlineData("pods/exec", "create")]
    [InlineData("pods/exec", "get")]
    [InlineData("pods/*", "create")]
    [InlineData("*", "*")]
    public void ExecOnEveryPod_IsFlagged(string resource, string verb) =>
        Outcomes.Single(policy.Evaluate(Role(Rule("pods", "get", "iris-data-0"), Rule(resource, verb)), Context), "subject", "rules[1].resourceNames");

    [Fact]
    public void ClusterRole_IsExaminedToo() =>
        Outcomes.Single(policy.Evaluate(Role(Rule("pods/exec", "create")) with { Type = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole" }, Context), "subject", "rules[0].resourceNames");

    [Fact]
    public void OtherTypes_AreNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Role(Rule("pods/exec", "create")) with { Type = "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding" }, Context));
}
