using IrisStack.Components.Cluster;
using IrisStack.Components.Data.Security;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;

namespace IrisStack.Policies.Tests.Data;

/// <summary>The IRIS configSource ConfigMap with the rendered default merge files, and single-edit variations.</summary>
internal static class MergeFileFixtures
{
    public const string Name = "data-iris-cpf";

    public static PolicyContext Context { get; } = new(365);

    public static ResourceNode ConfigMap(string tier = "iris-data", string? admin = "irisadmin")
    {
        var config = IrisSecurityConfig.Default;
        var files = MergeFileRenderer.Render(config, new MergeFileInputs("wg_login", IrisSecurityDefaults.IkoMirrorSetName, IrisSecurityDefaults.IkoEcpServerName,
            AccountPasswordHashes.Inputs(MergeFileRenderer.Accounts(config, "wg_login"))));
        var graph = new GraphBuilder("iris-stack", "test");
        var metadata = KubernetesObjects.Metadata("iris-cpf", "iris", [new(TierLabels.Key, tier)],
            admin is null ? null : [new(MergeFiles.AdminAnnotation, admin)]);
        graph.Resource(KubernetesObjects.TypeToken("v1", "ConfigMap"), Name, MapValue.Of(("metadata", metadata), ("data", files.ConfigMapData())));
        return graph.Build()[Name];
    }

    public static string Text(ResourceNode node, string key) => ValueText.LiteralsOnly(((MapValue)node.Input("data")!)[key])!;

    /// <summary>The ConfigMap with one merge file's text changed by <paramref name="edit"/> (which must change it).</summary>
    public static ResourceNode Edited(string key, Func<string, string> edit, ResourceNode? node = null)
    {
        node ??= ConfigMap();
        var data = (MapValue)node.Input("data")!;
        var text = Text(node, key);
        var changed = edit(text);
        Assert.NotEqual(text, changed);
        return node with { Inputs = node.Inputs.With("data", data.With(key, new StringValue(changed))) };
    }

    public static ResourceNode EditedCommon(Func<string, string> edit) => Edited(MergeFiles.CommonKey, edit);

    public static string Replace(string text, string from, string to) => text.Replace(from, to, StringComparison.Ordinal);

    public static IReadOnlyList<Finding> Findings(PolicyOutcome outcome) =>
        Assert.IsType<PolicyOutcome.ViolationsOutcome>(outcome).Findings;
}
