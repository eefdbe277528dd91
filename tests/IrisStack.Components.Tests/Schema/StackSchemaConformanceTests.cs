using IrisStack.Components.Graph;
using IrisStack.Stack;
using IrisStack.Tests.Shared;

namespace IrisStack.Components.Tests.Schema;

/// <summary>
/// Every node of the real dev and prod stacks conforms to the providers' schemas, and the
/// registration plan sends what the typed SDKs would. New layers are covered as soon as the
/// blueprint calls them: these tests enumerate all nodes.
/// </summary>
public sealed class StackSchemaConformanceTests
{
    private static readonly SchemaFacts Facts = SchemaFacts.Load(SchemaFacts.DefaultPath);

    public static TheoryData<string> Stacks => ["dev", "prod"];

    private static StackBuild Build(string stack) =>
        RealStacks.Build(stack);

    [Theory]
    [MemberData(nameof(Stacks))]
    public void EveryNode_ConformsToTheSchemaFacts(string stack)
    {
        var graph = Build(stack).Graph;

        var violations = graph.Nodes.SelectMany(n => SchemaConformance.Check(n, Facts, graph.Find)).ToList();

        Assert.NotEmpty(graph.Nodes);
        Assert.True(violations.Count == 0, $"{violations.Count} schema violations in {stack}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void RegistrationPlan_SendsJsonInputsAsStrings_AndKubernetesIdentity(string stack)
    {
        var plan = Build(stack).Registration();

        foreach (var step in plan.Steps.Where(s => Facts.Find(s.Type) is not null))
        {
            var entry = Facts.Find(step.Type)!;
            foreach (var (name, value) in step.Inputs.Where(i => entry.Inputs.TryGetValue(i.Key, out var p) && p.Json))
            {
                Assert.True(
                    value is StringValue or SecretValue { Inner: StringValue },
                    $"{step.Name} ({step.Type}) input '{name}' is sent JSON-encoded by the typed SDK and must be a string, not {value}.");
            }

            foreach (var (name, constant) in entry.SdkSetsInputs)
            {
                Assert.Equal(new StringValue(constant), step.Inputs.GetValueOrDefault(name));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void RegistrationPlan_DeclaresOnlyOutputsTheSchemaHas(string stack)
    {
        var plan = Build(stack).Registration();

        foreach (var step in plan.Steps.Where(s => s.Kind is NodeKind.Custom or NodeKind.RemoteComponent))
        {
            var entry = Facts.Find(step.Type)!;
            var unknown = step.DeclaredOutputs.Where(o => !entry.Outputs.Contains(o)).ToList();
            Assert.True(unknown.Count == 0, $"{step.Name} ({step.Type}) references outputs the provider does not return: {string.Join(", ", unknown)}.");
        }
    }
}
