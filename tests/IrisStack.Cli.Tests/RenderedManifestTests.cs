using System.Reflection;
using System.Text.Json.Nodes;
using IrisStack.Components.Kubernetes;
using IrisStack.Tests.Shared;
using k8s;
using k8s.Models;

namespace IrisStack.Cli.Tests;

/// <summary>
/// What <c>render</c> writes under <c>k8s/</c>: outside <c>k8s/patches/</c>, every file is a whole
/// Kubernetes object (the official client model for its apiVersion and kind reads it strictly and
/// finds the fields the API requires); patches of objects something else created sit apart and say
/// how Pulumi applies them.
/// </summary>
public sealed class RenderedManifestTests : IDisposable
{
    // The client models do not mark required fields, so these come from the Kubernetes API reference
    // (v1.33) for the kinds the stack renders; a kind missing here fails the test until it is added.
    private static readonly Dictionary<string, string[]> RequiredFields = new(StringComparer.Ordinal)
    {
        ["Namespace"] = [],
        ["NetworkPolicy"] = [],
        ["StorageClass"] = ["provisioner"],
        ["ConfigMap"] = [],
        ["Secret"] = [],
        ["Deployment"] = ["spec.selector", "spec.template", "spec.template.spec.containers"],
        ["Service"] = [],
        ["PodDisruptionBudget"] = [],
        ["ServiceAccount"] = [],
    };

    // IKO's IrisCluster: only topology.data is required (IKO's sample, shared/reference/iris.md 1.2).
    // The load balancer controller's TargetGroupBinding: its CRD requires serviceRef (name, port) and the target group.
    private static readonly Dictionary<(string ApiVersion, string Kind), string[]> CustomResources = new()
    {
        [("intersystems.com/v1alpha1", "IrisCluster")] = ["metadata.name", "metadata.namespace", "spec.topology.data.image"],
        [("elbv2.k8s.aws/v1beta1", "TargetGroupBinding")] = ["metadata.name", "metadata.namespace", "spec.serviceRef.name", "spec.serviceRef.port", "spec.targetGroupARN"],
    };

    private static readonly Dictionary<(string ApiVersion, string Kind), Type> Models = typeof(V1StorageClass).Assembly.GetTypes()
        .Select(t => (Type: t, Entity: t.GetCustomAttribute<KubernetesEntityAttribute>()))
        .Where(e => e.Entity is not null)
        .ToDictionary(e => (e.Entity!.Group.Length == 0 ? e.Entity.ApiVersion : $"{e.Entity.Group}/{e.Entity.ApiVersion}", e.Entity.Kind), e => e.Type);

    private readonly DirectoryInfo output = Directory.CreateTempSubdirectory("irisstack-manifests-");

    public static TheoryData<string> Stacks => ["dev", "prod"];

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task EveryManifestOutsidePatches_IsAWholeObjectOfTheOfficialModels(string stack)
    {
        var manifests = (await Render(stack)).Where(f => !f.StartsWith($"k8s/{KubernetesManifestRenderer.PatchesFolder}/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(manifests);
        Assert.All(manifests, path => Assert.Equal([], Problems(File.ReadAllText(Path.Combine(output.FullName, path)))));
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task TheStorageClassPatch_IsUnderPatches_SayingHowPulumiAppliesIt(string stack)
    {
        var files = await Render(stack);
        var patches = files.Where(f => f.StartsWith("k8s/patches/", StringComparison.Ordinal)).ToList();

        Assert.Equal(["k8s/patches/cluster/storageclass-gp2.yaml"], patches);
        Assert.DoesNotContain(files, f => f.Contains("storageclasspatch", StringComparison.Ordinal));
        var text = File.ReadAllText(Path.Combine(output.FullName, patches[0]));
        Assert.StartsWith("# A patch, not a whole StorageClass. Pulumi's resource cluster-gp2-not-default\n# (kubernetes:storage.k8s.io/v1:StorageClassPatch) applies only the fields below", text, StringComparison.Ordinal);
        Assert.Contains("server-side apply", text, StringComparison.Ordinal);

        // The patch is a valid StorageClass apply configuration, but not a whole StorageClass: the check above would refuse it.
        Assert.Equal(["StorageClass lacks provisioner"], Problems(text));
    }

    public void Dispose() => output.Delete(recursive: true);

    // What keeps a manifest from being a whole object: an apiVersion and kind no official model has, a
    // field the model does not know (strict reading), or a field the API requires left out.
    private static List<string> Problems(string yaml)
    {
        var head = KubernetesYaml.Deserialize<KubernetesObject>(yaml);
        if (CustomResources.TryGetValue((head.ApiVersion, head.Kind), out var crFields))
        {
            // No client model exists for a custom resource: it must at least carry what its CRD requires.
            var document = JsonNode.Parse(KubernetesJson.Serialize(KubernetesYaml.Deserialize<object>(yaml)))!;
            return [.. crFields.Where(path => path.Split('.').Aggregate((JsonNode?)document, (node, key) => node?[key]) is null).Select(path => $"{head.Kind} lacks {path}")];
        }

        if (!Models.TryGetValue((head.ApiVersion, head.Kind), out var model))
        {
            return [$"no official model for {head.ApiVersion} {head.Kind}"];
        }

        var parsed = typeof(KubernetesYaml).GetMethod(nameof(KubernetesYaml.Deserialize), [typeof(string), typeof(bool)])!
            .MakeGenericMethod(model).Invoke(null, [yaml, true])!;
        var json = JsonNode.Parse(KubernetesJson.Serialize(parsed))!;
        if (!RequiredFields.TryGetValue(head.Kind, out var fields))
        {
            return [$"{head.Kind} is not in RequiredFields: add the fields the API reference marks required"];
        }

        string[] required = ["metadata.name", .. fields];
        return [.. required.Where(path => path.Split('.').Aggregate((JsonNode?)json, (node, key) => node?[key]) is null).Select(path => $"{head.Kind} lacks {path}")];
    }

    private async Task<List<string>> Render(string stack)
    {
        var run = await CliRun.Of("render", "-s", stack, "--cwd", RepoPaths.Root, "--out", output.FullName);
        Assert.Equal(CliApp.Ok, run.ExitCode);
        return [.. Directory.EnumerateFiles(Path.Combine(output.FullName, "k8s"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output.FullName, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];
    }
}
