using System.Collections.Immutable;
using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Config;
using IrisStack.Components.Data;
using IrisStack.Components.Data.Security;
using IrisStack.Components.Edge;
using IrisStack.Components.Network;
using IrisStack.Components.WebGateway;

namespace IrisStack.Stack;

/// <summary>
/// Turns raw stack configuration into a <see cref="StackConfig"/>: every default applied here,
/// every problem collected into one <see cref="ConfigException"/>. The one place that knows
/// which keys exist; each section's own <c>Read</c> documents its keys.
/// </summary>
public static class StackConfigLoader
{
    /// <summary>The configuration namespace of our keys (the Pulumi project name).</summary>
    public const string Namespace = ConfigReader.ProjectNamespace;

    /// <summary>Reads and validates; throws <see cref="ConfigException"/> with every problem.</summary>
    public static StackConfig Load(IConfigSource source)
    {
        var reader = new ConfigReader(source.Read());
        var config = Read(reader);
        reader.ThrowIfInvalid();
        return config;
    }

    /// <summary>Every setting with its type, default and description, read off the same code that loads them.</summary>
    public static IReadOnlyList<ConfigKeyDoc> Reference()
    {
        var reader = new ConfigReader(new RawStackConfig(Namespace, "reference", ImmutableSortedDictionary<string, ConfigNode>.Empty));
        Read(reader);
        return reader.Documented;
    }

    /// <summary>
    /// The policy settings of a configuration alone (<c>iris-stack:policies</c> and
    /// <c>iris-stack:protectStatefulResources</c>), read as <see cref="Load"/> reads them, so checking
    /// a saved plan or a Pulumi preview gets the same secure defaults as checking the stack; throws
    /// <see cref="ConfigException"/> when those keys are invalid (other keys are not looked at).
    /// </summary>
    public static PolicySettings LoadPolicySettings(RawStackConfig raw)
    {
        var reader = new ConfigReader(raw);
        var (_, policies) = ReadPolicyKeys(reader.Namespace(Namespace));
        reader.ThrowIfInvalid();
        return policies;
    }

    // The one place the policy-relevant keys are read: protect is both a layer setting and a policy requirement.
    private static (bool Protect, PolicySettings Policies) ReadPolicyKeys(ConfigSection root)
    {
        var protect = root.Bool("protectStatefulResources", true, "Give KMS keys, the cluster and other stateful resources Pulumi's protect option (and require it in policy)");
        var policies = PolicySettings.Read(root.Section("policies", "Policy levels, suppressions and thresholds")) with { RequireProtection = protect };
        return (protect, policies);
    }

    private static StackConfig Read(ConfigReader reader)
    {
        var raw = reader.Raw;
        if (raw.Project != Namespace)
        {
            reader.Error("Pulumi.yaml: name", $"the project is '{raw.Project}', but IrisStack's keys live under '{Namespace}:'.", $"set 'name: {Namespace}' in Pulumi.yaml.");
        }

        // Pulumi passes every namespace on without a word, so a key under a near-miss of ours would
        // be ignored silently; other providers' namespaces (aws, kubernetes, ...) are far from it.
        foreach (var key in raw.Values.Keys)
        {
            var keyNamespace = key.Split(':')[0];
            if (keyNamespace != Namespace && DidYouMean.Distance(keyNamespace, Namespace) <= 2)
            {
                reader.Error(key, $"is in the namespace '{keyNamespace}', not '{Namespace}', so IrisStack would ignore it.", $"rename it to '{Namespace}{key[keyNamespace.Length..]}'.");
            }
        }

        var aws = reader.Namespace("aws");
        var region = aws.RequiredString("region", "AWS region to deploy to (commercial aws partition; China and GovCloud not yet)", "eu-west-1", AwsIdentifiers.RegionProblem);

        var root = reader.Namespace(Namespace);
        var accountId = root.RequiredString("accountId", "AWS account the stack deploys to (12 digits); used in key policies", "123456789012", AwsIdentifiers.AccountIdProblem);
        var tags = root.StringMap("tags", "Tags added to every AWS resource");
        var network = NetworkConfig.Read(root.Section("network", "VPC, subnets, NAT and flow logs"), region);
        var cluster = ClusterConfig.Read(root.Section("cluster", "EKS cluster, node groups, add-ons, tier namespaces and storage"));
        var (protect, policies) = ReadPolicyKeys(root);
        var data = DataConfig.Read(root.Section("data", "The IRIS cluster (IKO IrisCluster), its PKI, its security configuration and the operator"), network.AvailabilityZones, mirroredByDefault: protect);
        var irisNames = data.Cluster.NamesIn(cluster.TierNamespaces.Iris);
        var webGatewaySection = root.Section("webGateway", "Web Gateway: nginx hardening and CSP.ini");
        var webGateway = WebGatewayConfig.Read(webGatewaySection, irisNames.GatewayHosts);
        CheckDataAgainstWebGateway(webGatewaySection.KeyOf("iris"), data, irisNames, webGateway, reader);
        var edge = EdgeConfig.Read(root.Section("edge", "The edge in front of everything: the WAF CloudFront attaches"), webGateway.Uris.AllowedPaths, webGatewaySection.KeyOf("allowedPaths"), region, protect);
        root.RejectUnknownKeys();

        return new StackConfig(raw.Project, raw.Stack, region, accountId, tags, network, policies, cluster, protect, webGateway, data, edge);
    }

    // The gateway's servers are IKO's pods and its account is one the merge files create: both
    // sections name the same things, so they are checked together here.
    private static void CheckDataAgainstWebGateway(string irisKey, DataConfig data, IrisClusterNames names, WebGatewayConfig webGateway, ConfigReader reader)
    {
        var hosts = names.ComputeHosts.Concat(names.DataHosts).ToHashSet(StringComparer.Ordinal);
        var strangers = webGateway.Iris.Servers.Where(s => !hosts.Contains(s)).ToList();
        if (strangers.Count > 0)
        {
            reader.Error($"{irisKey}.servers", $"names {string.Join(", ", strangers)}, which the stack's IrisCluster does not create (its hosts for the gateway are {string.Join(", ", names.GatewayHosts)}).",
                "remove the key: the stack derives the servers from iris-stack:data.cluster.");
        }

        var username = webGateway.Iris.Username;
        if (MergeFileRenderer.ValidateWebGatewayAccount(data.Security, username) is { } problem)
        {
            reader.Error($"{irisKey}.username", problem, $"set it to an account of its own, or remove it for the default {IrisConnection.DefaultUsername}.");
        }

        var accounts = MergeFileRenderer.Accounts(data.Security, username);
        var hashesKey = data.Security.Settings.KeyOf("passwordHashes");
        foreach (var account in data.Security.PasswordHashes.Keys.Where(k => k != AccountPasswordHashes.PredefinedKey && !accounts.Contains(k)))
        {
            reader.Error($"{hashesKey}.{account}", $"is the hash of '{account}', which is not an account the merge files create ({string.Join(", ", accounts)}).",
                $"remove it, or rename it after one of those accounts (or '{AccountPasswordHashes.PredefinedKey}').");
        }

        if (accounts.Contains(AccountPasswordHashes.PredefinedKey))
        {
            reader.Error($"{hashesKey}", $"cannot tell the account '{AccountPasswordHashes.PredefinedKey}' from the predefined accounts' hash.", "rename that account.");
        }
    }

}
