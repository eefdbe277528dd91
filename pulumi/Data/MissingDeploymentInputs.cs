using System.Collections.Immutable;
using IrisStack.Components.Config;
using IrisStack.Components.Data;
using IrisStack.Components.Data.Iko;
using IrisStack.Components.Data.Security;
using IrisStack.Components.Graph;
using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>
/// The deployment inputs a data build still leaves open (<see cref="DataConfig.DeploymentInputPrefixes"/>:
/// the password hashes and the registry login): without them the merge files would carry no
/// PasswordHash and the pull Secrets no login, so a deployment registers nothing until each is given.
/// </summary>
internal static class MissingDeploymentInputs
{
    private const string DataPrefix = "data.";

    /// <summary>The names of the deployment inputs <paramref name="graph"/> still takes (<c>data.security.passwordHashes.predefined</c>, <c>data.operator.registry.username</c>), in order.</summary>
    public static ImmutableArray<string> In(ResourceGraph graph) =>
        [.. graph.Nodes.SelectMany(n => n.Inputs.Externals())
            .Select(e => e.Name)
            .Where(name => DataConfig.DeploymentInputPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>A missing input's key in a stack's configuration: <c>iris-stack:data.operator.registry.username</c>.</summary>
    public static string StackKey(string input) => $"{ConfigReader.ProjectNamespace}:{input}";

    /// <summary>A missing input's arg path in a component's args: <c>DataArgs.operator.registry.username</c>.</summary>
    public static string ArgsKey(string argsType, string input) =>
        $"{argsType}.{(input.StartsWith(DataPrefix, StringComparison.Ordinal) ? input[DataPrefix.Length..] : input)}";

    /// <summary>How a component's args give the input: <c>DataArgs.Operator.Registry.Username = Output.CreateSecret("&lt;value&gt;")</c>.</summary>
    public static string ArgsAssignment(string input) =>
        input.StartsWith(AccountPasswordHashes.InputPrefix, StringComparison.Ordinal)
            ? $"DataArgs.Security.PasswordHashes[\"{input[AccountPasswordHashes.InputPrefix.Length..]}\"] = Output.CreateSecret(\"<hash>\")"
            : $"DataArgs.Operator.Registry.{char.ToUpperInvariant(input[OperatorConfig.RegistryInputPrefix.Length])}{input[(OperatorConfig.RegistryInputPrefix.Length + 1)..]} = Output.CreateSecret(\"<value>\")";

    /// <summary>
    /// The error naming every missing input by its key (<paramref name="keyOf"/>), with how to make
    /// a password hash when one is missing, and how to give each (<paramref name="howToSet"/>, one per input).
    /// </summary>
    public static RunException Error(string what, IReadOnlyList<string> inputs, Func<string, string> keyOf, Func<string, string> howToSet, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(keyOf);
        ArgumentNullException.ThrowIfNull(howToSet);
        var why = new List<string>();
        if (inputs.Any(i => i.StartsWith(AccountPasswordHashes.InputPrefix, StringComparison.Ordinal)))
        {
            why.Add(
                "The merge files set every account's password as a PasswordHash, never in plain text, and IrisStack does not compute IRIS's hashes itself: " +
                "make each hash (predefined is the predefined accounts' new password) with InterSystems' passwordhash container, " +
                "'docker run --rm -it containers.intersystems.com/intersystems/passwordhash:1.1 -algorithm SHA512 -workfactor 10000', " +
                "which prints PasswordHash=<hash>,<salt>,<work factor>,<algorithm>.");
        }

        if (inputs.Any(i => i.StartsWith(OperatorConfig.RegistryInputPrefix, StringComparison.Ordinal)))
        {
            why.Add("The operator's and IRIS's images come from containers.intersystems.com, so the image pull Secrets need its login: your user name and password or Docker login token.");
        }

        return new RunException(
            $"{what} lacks deployment inputs that must be given as secrets. Nothing was registered.{Environment.NewLine}" +
            $"Missing: {string.Join(", ", inputs.Select(keyOf))}.{Environment.NewLine}" +
            string.Concat(why.Select(w => w + Environment.NewLine)) +
            $"Fix: give each as a secret: {string.Join("; ", inputs.Select(howToSet))}{(note is null ? "." : $" ({note}).")}");
    }
}
