using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Network;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Fixtures.NetworkFixture;

namespace IrisStack.Policies.Tests.Rules.Network;

public sealed class KmsKeyPolicyRestrictedTests
{
    private const string Public = """{"Effect":"Allow","Principal":"*","Action":"kms:*","Resource":"*"}""";
    private const string PublicAws = """{"Effect":"Allow","Principal":{"AWS":["*"]},"Action":["kms:Decrypt"],"Resource":"*"}""";
    private const string PublicWithCondition = """{"Effect":"Allow","Principal":{"AWS":"*"},"Action":["kms:Decrypt"],"Resource":"*","Condition":{"StringEquals":{"kms:CallerAccount":"123456789012"}}}""";
    private const string PublicEverythingWithCondition = """{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"*","Resource":"*","Condition":{"StringEquals":{"kms:CallerAccount":"123456789012"}}}""";

    private readonly KmsKeyPolicyRestricted policy = new();

    private static string PolicyWith(string statement) =>
        KeyPolicy.Replace("\"Statement\":[", "\"Statement\":[" + statement + ",", StringComparison.Ordinal);

    [Fact]
    public void StackKeyPolicy_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Node(LogsKey), Context));

    [Theory]
    [InlineData(Public, "every action")]
    [InlineData(PublicAws, "without a condition")]
    [InlineData(PublicEverythingWithCondition, "every action")]
    public void WildcardPrincipal_FlagsTheStatement(string statement, string says)
    {
        var finding = Outcomes.Single(policy.Evaluate(Node(LogsKey, i => i.With("policy", PolicyWith(statement))), Context), LogsKey, "policy.Statement[0]");
        Assert.Contains(says, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WildcardPrincipal_LimitedByACondition_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Node(LogsKey, i => i.With("policy", PolicyWith(PublicWithCondition))), Context));

    [Fact]
    public void NoKeyPolicy_FlagsPolicy()
    {
        var finding = Outcomes.Single(policy.Evaluate(Node(LogsKey, i => i.Unset("policy")), Context), LogsKey, "policy");
        Assert.Contains("default policy", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadablePolicy_CannotBeVerified()
    {
        var finding = Outcomes.Single(policy.Evaluate(Node(LogsKey, i => i.With("policy", PreviewUnknown.Text)), Context), LogsKey, "policy");
        Assert.Contains("cannot be verified", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LockoutSafetyCheckBypassed_FlagsIt() =>
        Outcomes.Single(policy.Evaluate(Node(LogsKey, i => i.With("bypassPolicyLockoutSafetyCheck", true)), Context), LogsKey, "bypassPolicyLockoutSafetyCheck");

    [Theory]
    [InlineData(FlowLogGroup)]
    [InlineData(Vpc)]
    public void OtherTypes_AreNotApplicable(string name) =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(name), Context));
}
