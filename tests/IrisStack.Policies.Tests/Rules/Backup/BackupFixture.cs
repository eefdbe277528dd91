using System.Collections.Immutable;
using IrisStack.Components.Aws;
using IrisStack.Components.Data.Backups;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Tests.Rules.Backup;

/// <summary>The backup vault and the export buckets as the data layer builds them, with one node edited or dropped.</summary>
internal static class BackupFixture
{
    public const string Vault = "data-backup-vault";
    public const string VaultPolicy = "data-backup-vault-policy";
    public const string Exports = "data-exports";
    public const string Logs = "data-exports-access-logs";
    public const string BreakGlass = "arn:aws:iam::123456789012:role/backup-break-glass";

    public static PolicyContext Context { get; } = new(MinimumLogRetentionDays: 365);

    private static readonly StackContext Stack = new("iris-stack", "test", "eu-west-1", "123456789012", ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    /// <summary>The compliant graph with <paramref name="edit"/> applied to each node (null drops it).</summary>
    public static ResourceGraph Graph(Func<ResourceNode, ResourceNode?>? edit = null, bool protect = false)
    {
        var builder = new GraphBuilder("iris-stack", "test");
        var config = new BackupsConfig(BreakGlass, BackupSchedule.Parse(BackupSchedule.DefaultExpression).Schedule!, 35, null, null,
            new ExportBucketConfig(new ObjectLockRetention(ObjectLockMode.Governance, 30), 90, null, 365, MountApiToken: false));
        var scope = new ComponentScope("data");
        builder.Component(TypeTokens.Data, scope);
        var stack = Stack with { ProtectStatefulResources = protect };
        BackupVault.Add(builder, scope, stack, "data", config);
        ExportStorage.Add(builder, scope, stack, "data", config.ExportBucket);
        var built = builder.Build();
        if (edit is null)
        {
            return built;
        }

        var edited = new GraphBuilder("iris-stack", "test");
        foreach (var node in built.Nodes.Select(edit).OfType<ResourceNode>())
        {
            edited.Add(node);
        }

        return edited.Build();
    }

    /// <summary>The graph with the node <paramref name="name"/> changed.</summary>
    public static ResourceGraph With(string name, Func<ResourceNode, ResourceNode> change) => Graph(n => n.Name == name ? change(n) : n);

    /// <summary>The graph without the nodes named.</summary>
    public static ResourceGraph Without(params string[] names) => Graph(n => names.Contains(n.Name) ? null : n);

    /// <summary>The node with one input of a nested path set (null removes it).</summary>
    public static ResourceNode Set(this ResourceNode node, string path, Value? value) =>
        node with { Inputs = Set(node.Inputs, path.Split('.'), value) };

    /// <summary>A graph of one unrelated resource.</summary>
    public static ResourceGraph Unrelated()
    {
        var builder = new GraphBuilder("iris-stack", "test");
        builder.Resource("aws:ec2/vpc:Vpc", "vpc", MapValue.Of(("cidrBlock", "10.0.0.0/16")));
        return builder.Build();
    }

    private static MapValue Set(MapValue map, string[] path, Value? value)
    {
        if (path.Length == 1)
        {
            return value is null ? new MapValue(map.Entries.Remove(path[0])) : map.With(path[0], value);
        }

        return map.With(path[0], Set(map[path[0]] as MapValue ?? MapValue.Empty, path[1..], value));
    }
}
