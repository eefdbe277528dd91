using IrisStack.Components.Data.Security;
using IrisStack.Policies;
using IrisStack.Stack;
using IrisStack.Tests.Shared;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace IrisStack.Pulumi.Tests;

/// <summary>
/// The whole Pulumi program of the real dev and prod stacks, under Pulumi's mocks: it registers
/// exactly the plan the offline preview writes (type, name, parent, inputs, options), with the
/// plan's secrets as secrets.
/// </summary>
public sealed class StackProgramTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Program_RegistersExactlyThePlan(string stack)
    {
        var plan = StackEvaluation.Evaluate(new DeployableStackConfig(new StackFileConfigSource(RepoPaths.Root, stack)), PolicyPack.Default()).Build.Registration();
        var mocks = new RecordingMocks(name => plan.Steps.FirstOrDefault(s => s.Name == name)?.DeclaredOutputs ?? []);

        var resources = await Deployment.TestAsync<RecordedProgram>(mocks, new TestOptions { ProjectName = "iris-stack", StackName = stack, IsPreview = false });
        var program = resources.OfType<RecordedProgram>().Single();
        var urns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in resources.Where(r => r is not RecordedProgram))
        {
            urns[resource.GetResourceName()] = await OutputUtilities.GetValueAsync(resource.Urn);
        }

        Assert.Equal(plan.Steps.Select(s => s.Name).Order(StringComparer.Ordinal), mocks.Registered.Keys.Order(StringComparer.Ordinal));
        foreach (var step in plan.Steps)
        {
            var registered = mocks.Registered[step.Name];
            var (_, args, options) = program.Recorded.ByName[step.Name];
            Assert.Equal(step.Type, registered.Type);
            Assert.Equal(step.Parent, options.Parent?.GetResourceName());
            Assert.Equal(MockView.Expected(step.Inputs, n => urns[n]), MockView.Actual(registered.Inputs));
            Assert.Equal(step.Provider, ProviderName(registered.Provider));
            Assert.Equal(step.DependsOn.Order(StringComparer.Ordinal), await RecordedOptions.DependsOnAsync(options));
            Assert.Equal(step.Protect, options.Protect ?? false);
            Assert.Equal(step.IgnoreChanges, options.IgnoreChanges);
            Assert.Equal(step.Version, options.Version);
            if (options is CustomResourceOptions custom)
            {
                Assert.Equal(step.AdditionalSecretOutputs.Order(StringComparer.Ordinal), custom.AdditionalSecretOutputs.Order(StringComparer.Ordinal));
            }

            var given = RecordedOptions.ArgsOf(args);
            foreach (var (key, value) in step.Inputs.Where(i => i.Value.ContainsSecret))
            {
                await SecretAssert.KeptSecretAsync(value, given[key], $"{step.Name}.{key}");
            }
        }

        Assert.Equal(plan.Outputs.Keys.Order(StringComparer.Ordinal), program.StackOutputs.Keys.Order(StringComparer.Ordinal));
        Assert.True(await Output.IsSecretAsync((Output<object?>)program.StackOutputs["kubeconfig"]!));
        var irisCa = await OutputUtilities.GetValueAsync((Output<object?>)program.StackOutputs["irisCaCertPem"]!);
        Assert.Equal(irisCa, ((IDictionary<string, object>)mocks.Registered[$"{IrisStackBlueprint.WebGatewayName}-tls"].Inputs["stringData"])["ca.pem"]);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Program_WithoutTheDeploymentInputs_NamesEachStackKey_AndRegistersNothing(string stack)
    {
        var evaluation = StackEvaluation.Evaluate(new StackFileConfigSource(RepoPaths.Root, stack), PolicyPack.Default());
        var inputs = MissingDeploymentInputs.In(evaluation.Build.Graph);
        var mocks = new RecordingMocks(_ => []);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(mocks, new TestOptions { ProjectName = "iris-stack", StackName = stack, IsPreview = false }, () => IrisStackProgram.Compose(evaluation)));

        Assert.Contains("data.security.passwordHashes.predefined", inputs);
        Assert.Contains("data.operator.registry.username", inputs);
        Assert.All(inputs, i => Assert.Contains($"pulumi config set --path --secret 'iris-stack:{i}'", error.Message, StringComparison.Ordinal));
        Assert.Contains("passwordhash", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, mocks.Count);
    }

    [Fact]
    public async Task Program_WithTheHashesButNoRegistryLogin_NamesBothRegistryKeys_AndRegistersNothing()
    {
        var hashesOnly = new DeployableStackConfig(new StackFileConfigSource(RepoPaths.Root, "prod"), [AccountPasswordHashes.InputPrefix]);
        var evaluation = StackEvaluation.Evaluate(hashesOnly, PolicyPack.Default());
        var mocks = new RecordingMocks(_ => []);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(mocks, new TestOptions { ProjectName = "iris-stack", StackName = "prod", IsPreview = false }, () => IrisStackProgram.Compose(evaluation)));

        Assert.Equal(["data.operator.registry.password", "data.operator.registry.username"], MissingDeploymentInputs.In(evaluation.Build.Graph).ToArray());
        Assert.Contains("pulumi config set --path --secret 'iris-stack:data.operator.registry.username'", error.Message, StringComparison.Ordinal);
        Assert.Contains("pulumi config set --path --secret 'iris-stack:data.operator.registry.password'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("passwordHashes", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, mocks.Count);
    }

    // A provider reference is "{urn}::{id}", and the URN ends in "::{name}".
    private static string? ProviderName(string? reference) =>
        string.IsNullOrEmpty(reference) ? null : reference.Split("::")[^2];
}
