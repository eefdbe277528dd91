using IrisStack.Components.Data;
using IrisStack.Components.Data.Iko;
using IrisStack.Components.Graph;
using static IrisStack.Components.Tests.Data.Iko.OperatorSections;

namespace IrisStack.Components.Tests.Data.Iko;

public sealed class IrisDisruptionBudgetsTests
{
    [Fact]
    public void MirroredPair_KeepsOneMember_SelectedByIkosLabels()
    {
        var (role, name, spec) = Assert.Single(IrisDisruptionBudgets.Plan(Read(Minimal()), new IrisClusterNames("iris", "iris", true, 1)));

        Assert.Equal(("pdb-data", "iris-data"), (role, name));
        Assert.Equal(new NumberValue(1), spec["minAvailable"]);
        Assert.Equal(MapValue.Of(("intersystems.com/name", "iris"), ("intersystems.com/component", "data")), (spec["selector"] as MapValue)?["matchLabels"]);
    }

    [Fact]
    public void SingleDataNode_GetsNone_SinceItWouldBlockEveryDrain() =>
        Assert.Empty(IrisDisruptionBudgets.Plan(Read(Minimal()), new IrisClusterNames("iris", "iris", false, 3)));

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    public void Compute_OnlyBehindItsSwitch_AndWithTwoOrMoreReplicas(int replicas, int budgets)
    {
        var config = Read(Minimal(("computeDisruptionBudget", "true"), ("dataDisruptionBudget", "false")));
        var plan = IrisDisruptionBudgets.Plan(config, new IrisClusterNames("iris", "iris", true, replicas));
        Assert.Equal(budgets, plan.Length);
        Assert.All(plan, b => Assert.Equal(new NumberValue(1), b.Spec["maxUnavailable"]));
    }
}
