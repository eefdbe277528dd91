using IrisStack.Components.Config;
using IrisStack.Components.Plan;
using IrisStack.Infra;
using IrisStack.Policies;
using IrisStack.Policies.Reports;
using IrisStack.Stack;
using Pulumi;

// The Pulumi program: load the stack's configuration the way the language host hands it over,
// build and check the stack with the same code the offline tool runs, then register the plan.

// The SDK rebuilds resource references in outputs (e.g. the eks Cluster's `core`, passed on to
// ManagedNodeGroup) as typed resources only from assemblies this one references; it otherwise
// falls back to a DependencyResource. Registration is generic, so no provider SDK type is named
// anywhere and the compiler would drop those references (pulumi-dotnet ResourcePackages.cs).
GC.KeepAlive(new[] { typeof(Pulumi.Aws.Provider), typeof(Pulumi.Kubernetes.Provider), typeof(Pulumi.Eks.Cluster), typeof(Pulumi.Tls.Provider), typeof(Pulumi.Random.Provider) });

return await Deployment.RunAsync(Run);

static IDictionary<string, object?> Run()
{
    // The language host passes the stack's config to the program in these two variables
    // (pulumi-language-dotnet constructEnv); the SDK's own Config class reads the same ones.
    var source = new PulumiEnvironmentConfigSource(
        Deployment.Instance.ProjectName,
        Deployment.Instance.StackName,
        Environment.GetEnvironmentVariable("PULUMI_CONFIG"),
        Environment.GetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS"));

    StackEvaluation evaluation;
    try
    {
        evaluation = StackEvaluation.Evaluate(source, PolicyPack.Default());
    }
    catch (ConfigException e)
    {
        // RunException ends the program with the message alone, no stack trace.
        throw new RunException(e.Message);
    }

    var report = PolicyTextReport.Render(evaluation.Report);
    if (!evaluation.Report.Passed)
    {
        throw new RunException($"The stack violates mandatory policies; nothing was registered.{Environment.NewLine}{report}");
    }

    if (evaluation.Report.AdvisoryViolations > 0 || !evaluation.Report.UnmatchedSuppressions.IsEmpty)
    {
        Log.Warn(report);
    }

    return new Registrar().Register(evaluation.Build.Registration());
}
