using System.Text.Json;
using IrisStack.Components.Graph;
using IrisStack.Tests.Shared;

namespace IrisStack.Components.Tests.Cluster;

/// <summary>
/// Every input the cluster layer emits is a wire name of its provider schema: the facts in
/// ../shared/reference/pulumi-schema-subset.json, plus, for the two types the subset lacks, the
/// wire names read from the providers' generated .NET SDKs (listed below with their source).
/// </summary>
public class ClusterSchemaConformanceTests
{
    // pulumi/pulumi-aws sdk/dotnet/Ec2/LaunchTemplate.cs and Inputs/LaunchTemplate*Args.cs ([Input("...")]).
    private static readonly Dictionary<string, string[]> LaunchTemplateShapes = new()
    {
        [""] =
        [
            "blockDeviceMappings", "capacityReservationSpecification", "cpuOptions", "creditSpecification", "defaultVersion", "description",
            "disableApiTermination", "ebsOptimized", "elasticGpuSpecifications", "elasticInferenceAccelerator", "enclaveOptions",
            "hibernationOptions", "iamInstanceProfile", "imageId", "instanceInitiatedShutdownBehavior", "instanceMarketOptions", "instanceType",
            "kernelId", "keyName", "licenseSpecifications", "metadataOptions", "monitoring", "name", "namePrefix", "networkInterfaces",
            "placement", "ramDiskId", "securityGroupNames", "tagSpecifications", "tags", "updateDefaultVersion", "userData", "vpcSecurityGroupIds",
        ],
        ["metadataOptions"] = ["httpEndpoint", "httpProtocolIpv6", "httpPutResponseHopLimit", "httpTokens", "instanceMetadataTags"],
        ["blockDeviceMappings"] = ["deviceName", "ebs", "noDevice", "virtualName"],
        ["blockDeviceMappings.ebs"] = ["deleteOnTermination", "encrypted", "iops", "kmsKeyId", "snapshotId", "throughput", "volumeInitializationRate", "volumeSize", "volumeType"],
        ["tagSpecifications"] = ["resourceType", "tags"],
    };

    // pulumi/pulumi-kubernetes sdk/dotnet/Storage/V1/StorageClassPatch.cs (StorageClassPatchArgs).
    private static readonly string[] StorageClassPatchInputs =
        ["allowVolumeExpansion", "allowedTopologies", "apiVersion", "kind", "metadata", "mountOptions", "parameters", "provisioner", "reclaimPolicy", "volumeBindingMode"];

    // pulumi/pulumi-eks sdk/dotnet/Inputs/AccessEntryArgs.cs, AccessPolicyAssociationArgs.cs, KubeProxyAddonOptionsArgs.cs, CoreDnsAddonOptionsArgs.cs.
    private static readonly Dictionary<string, string[]> EksClusterShapes = new()
    {
        ["accessEntries.*"] = ["accessPolicies", "kubernetesGroups", "principalArn", "tags", "type", "username"],
        ["accessEntries.*.accessPolicies.*"] = ["accessScope", "policyArn"],
        ["kubeProxyAddonOptions"] = ["configurationValues", "enabled", "resolveConflictsOnCreate", "resolveConflictsOnUpdate", "version"],
        ["corednsAddonOptions"] = ["configurationValues", "enabled", "resolveConflictsOnCreate", "resolveConflictsOnUpdate", "version"],
    };

    // The EKS CreateAddon API's values for resolveConflicts on create.
    private static readonly string[] ResolveConflictsValues = ["NONE", "OVERWRITE"];

    public static TheoryData<string> Stacks => ["dev", "prod"];

    private static JsonElement Resources { get; } = LoadSchema();

    [Theory]
    [MemberData(nameof(Stacks))]
    public void EveryClusterNode_UsesOnlySchemaWireNames_AndSetsEveryRequiredInput(string stack)
    {
        var graph = RealStacks.Build(stack).Graph;
        var problems = new List<string>();
        foreach (var node in graph.Nodes.Where(n => n.Parent == "cluster"))
        {
            var keys = node.Inputs.Entries.Keys.ToList();
            if (node.Type == "aws:ec2/launchTemplate:LaunchTemplate")
            {
                CheckShapes(node, LaunchTemplateShapes, problems);
                continue;
            }

            if (node.Type == "kubernetes:storage.k8s.io/v1:StorageClassPatch")
            {
                problems.AddRange(keys.Except(StorageClassPatchInputs).Select(k => $"{node.Name}: {k} is not a StorageClassPatch input"));
                continue;
            }

            Assert.True(Resources.TryGetProperty(node.Type, out var schema), $"{node.Type} ({node.Name}) is not in the schema subset.");
            var inputs = schema.GetProperty("inputs");
            problems.AddRange(keys.Where(k => !inputs.TryGetProperty(k, out _)).Select(k => $"{node.Name}: {k} is not an input of {node.Type}"));
            problems.AddRange(inputs.EnumerateObject()
                .Where(i => i.Value.TryGetProperty("required", out var r) && r.GetBoolean() && !keys.Contains(i.Name))
                .Select(i => $"{node.Name}: required input {i.Name} of {node.Type} is not set"));
            if (schema.TryGetProperty("sdkSetsInputs", out var sdkSets))
            {
                problems.AddRange(sdkSets.EnumerateObject()
                    .Where(i => node.Input(i.Name) is not StringValue s || s.Value != i.Value.GetString())
                    .Select(i => $"{node.Name}: {i.Name} must be sent as {i.Value} (the typed SDK sets it)"));
            }

            if (schema.TryGetProperty("isComponent", out var component) && component.GetBoolean())
            {
                Assert.Equal(NodeKind.RemoteComponent, node.Kind);
            }
        }

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void NestedShapes_MatchTheirSchemaTypes(string stack)
    {
        var graph = RealStacks.Build(stack).Graph;
        var nested = Resources.GetProperty("aws:eks/nodeGroup:NodeGroup").GetProperty("nested");
        var problems = new List<string>();
        foreach (var group in graph.OfType("eks:index:ManagedNodeGroup"))
        {
            CheckShapes(group, new Dictionary<string, string[]>
            {
                ["launchTemplate"] = Names(nested.GetProperty("NodeGroupLaunchTemplate")),
                ["scalingConfig"] = Names(nested.GetProperty("NodeGroupScalingConfig")),
                ["taints"] = Names(nested.GetProperty("NodeGroupTaint")),
            }, problems, topLevel: false);
        }

        foreach (var addon in graph.OfType("aws:eks/addon:Addon"))
        {
            Assert.Contains(ClusterFixtures.Text(addon.Input("resolveConflictsOnCreate")), ResolveConflictsValues);
        }

        CheckShapes(graph["cluster-eks"], EksClusterShapes, problems, topLevel: false);
        Assert.Empty(problems);
    }

    [Fact]
    public void ReferencedOutputs_AreOutputsOfTheirTypes()
    {
        var graph = RealStacks.Build("prod").Graph;
        var problems = new List<string>();
        foreach (var (name, outputs) in graph.ReferencedOutputs().Where(o => o.Key.StartsWith("cluster-", StringComparison.Ordinal)))
        {
            var type = graph[name].Type;
            var known = type == "aws:ec2/launchTemplate:LaunchTemplate"
                ? ["arn", "defaultVersion", "latestVersion"] // LaunchTemplate.cs [Output(...)]
                : Resources.GetProperty(type).GetProperty("outputs").EnumerateArray().Select(o => o.GetString()!).ToArray();
            problems.AddRange(outputs.Where(o => o != "id" && !known.Contains(o)).Select(o => $"{name}.{o} is not an output of {type}"));
        }

        Assert.Empty(problems);
    }

    private static string[] Names(JsonElement shape) => [.. shape.EnumerateObject().Select(p => p.Name)];

    private static void CheckShapes(ResourceNode node, Dictionary<string, string[]> shapes, List<string> problems, bool topLevel = true)
    {
        foreach (var (path, allowed) in shapes)
        {
            foreach (var map in At(node.Inputs, path.Length == 0 ? [] : path.Split('.')))
            {
                if (path.Length == 0 && !topLevel)
                {
                    continue;
                }

                problems.AddRange(map.Entries.Keys.Except(allowed).Select(k => $"{node.Name}: {path}.{k} is not a field of its type"));
            }
        }
    }

    // Maps at a path; list items are entered transparently, '*' enters every value of a map.
    private static IEnumerable<MapValue> At(Value value, IEnumerable<string> path)
    {
        if (value is ListValue list)
        {
            return list.Items.SelectMany(i => At(i, path));
        }

        if (value is not MapValue map)
        {
            return [];
        }

        var rest = path.ToList();
        if (rest.Count == 0)
        {
            return [map];
        }

        return rest[0] == "*"
            ? map.Entries.Values.SelectMany(v => At(v, rest.Skip(1)))
            : map[rest[0]] is { } child ? At(child, rest.Skip(1)) : [];
    }

    private static JsonElement LoadSchema()
    {
        for (var dir = new DirectoryInfo(RepoPaths.Root); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "reference", "pulumi-schema-subset.json");
            if (File.Exists(path))
            {
                using var document = JsonDocument.Parse(File.ReadAllText(path));
                return document.RootElement.GetProperty("resources").Clone();
            }
        }

        throw new InvalidOperationException("shared/reference/pulumi-schema-subset.json not found beside the repository.");
    }
}
