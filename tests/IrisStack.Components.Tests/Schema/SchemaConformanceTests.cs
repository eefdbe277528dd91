using IrisStack.Components.Graph;

namespace IrisStack.Components.Tests.Schema;

/// <summary>The checker itself: each kind of error on a small hand-made node is caught, and correct nodes pass.</summary>
public sealed class SchemaConformanceTests
{
    private static readonly SchemaFacts Facts = SchemaFacts.Load(SchemaFacts.DefaultPath);

    private static MapValue Tags => MapValue.Of(("Name", "x"));

    // The nodes the table's references read, by name (what ResourceGraph.Find gives the checker).
    private static readonly Dictionary<string, ResourceNode> Neighbours = new()
    {
        ["c"] = Node("eks:index:Cluster", NodeKind.RemoteComponent, MapValue.Empty) with { Name = "c" },
        ["k"] = Custom("aws:kms/key:Key", MapValue.Empty) with { Name = "k" },
        ["sg"] = Custom("aws:ec2/securityGroup:SecurityGroup", MapValue.Empty) with { Name = "sg" },
        ["lt"] = Custom("aws:ec2/launchTemplate:LaunchTemplate", MapValue.Empty) with { Name = "lt" },
        ["net"] = Node(TypeTokens.Network, NodeKind.Component, MapValue.Empty) with { Name = "net" },
    };

    public static TheoryData<string, ResourceNode, string, string> Broken => new()
    {
        { "type missing from the facts", Custom("aws:ec2/vpcc:Vpc", MapValue.Empty), "", "not in the schema facts (did you mean 'aws:ec2/vpc:Vpc'?); add its entry from the published SDK: cd tools/schema-facts && node extract.mjs --package @pulumi/aws@7.48.0" },
        { "unknown input", Custom("aws:ec2/vpc:Vpc", MapValue.Of(("cidr_block", "10.0.0.0/16"))), "cidr_block", "unknown property (did you mean 'cidrBlock'?)" },
        { "missing required input", Custom("aws:iam/rolePolicyAttachment:RolePolicyAttachment", MapValue.Of(("role", "r"))), "policyArn", "required (string) but missing" },
        { "required input null", Custom("aws:iam/rolePolicyAttachment:RolePolicyAttachment", MapValue.Of(("role", "r"), ("policyArn", NullValue.Instance))), "policyArn", "required, but null" },
        { "number for a string", Custom("aws:ec2/vpc:Vpc", MapValue.Of(("cidrBlock", 10))), "cidrBlock", "must be a string, not the number 10" },
        { "string for a boolean", Custom("aws:ec2/vpc:Vpc", MapValue.Of(("enableDnsSupport", "true"))), "enableDnsSupport", "must be a boolean, not the string 'true'" },
        { "string for an integer", Custom("aws:kms/key:Key", MapValue.Of(("deletionWindowInDays", "30"))), "deletionWindowInDays", "must be a whole number (integer), not the string '30'" },
        { "fraction for an integer", Custom("aws:kms/key:Key", MapValue.Of(("deletionWindowInDays", 7.5))), "deletionWindowInDays", "must be a whole number (integer), not the number 7.5" },
        { "boolean for a number", Custom("aws:cloudwatch/metricAlarm:MetricAlarm", Alarm(("threshold", true))), "threshold", "must be a number, not the boolean true" },
        { "interpolation for an integer", Custom("aws:kms/key:Key", MapValue.Of(("deletionWindowInDays", InterpolationValue.Of("3", new OutputReference("k", "arn"))))), "deletionWindowInDays", "must be a whole number (integer), not an interpolated string" },
        { "secret of the wrong type", Custom("aws:kms/key:Key", MapValue.Of(("enableKeyRotation", new SecretValue("yes")))), "enableKeyRotation", "must be a boolean, not the string 'yes'" },
        { "map for an array", Custom("aws:ec2/securityGroup:SecurityGroup", MapValue.Of(("description", "d"), ("ingress", MapValue.Of(("fromPort", 443))))), "ingress", "must be a list (array<object:SecurityGroupIngress>), not a map" },
        { "list for a map", Custom("aws:ec2/vpc:Vpc", MapValue.Of(("tags", ListValue.Of("a")))), "tags", "must be a map (map<string>), not a list" },
        { "string for an object", Custom("aws:ec2/launchTemplate:LaunchTemplate", MapValue.Of(("metadataOptions", "required"))), "metadataOptions", "must be an object (object:LaunchTemplateMetadataOptions), not the string 'required'" },
        { "map element of the wrong type", Custom("aws:ec2/vpc:Vpc", MapValue.Of(("tags", MapValue.Of(("Name", 1))))), "tags.Name", "must be a string, not the number 1" },
        { "array element of the wrong type", Custom("aws:ec2/vpcEndpoint:VpcEndpoint", MapValue.Of(("serviceName", "s"), ("vpcId", "v"), ("routeTableIds", ListValue.Of("a", false)))), "routeTableIds[1]", "must be a string, not the boolean false" },
        { "unknown nested property", Custom("aws:ec2/securityGroup:SecurityGroup", MapValue.Of(("description", "d"), ("ingress", ListValue.Of(Rule(("fromport", 443)))))), "ingress[0].fromport", "unknown property (did you mean 'fromPort'?)" },
        { "missing nested required", Custom("aws:ec2/securityGroup:SecurityGroup", MapValue.Of(("description", "d"), ("ingress", ListValue.Of(MapValue.Of(("protocol", "tcp"), ("fromPort", 443)))))), "ingress[0].toPort", "required (integer) but missing" },
        { "nested value of the wrong type", Custom("aws:ec2/launchTemplate:LaunchTemplate", MapValue.Of(("metadataOptions", MapValue.Of(("httpPutResponseHopLimit", "2"))))), "metadataOptions.httpPutResponseHopLimit", "must be a whole number (integer), not the string '2'" },
        { "json input given as text", Provider("kubernetes", MapValue.Of(("enableServerSideApply", "true"))), "enableServerSideApply", "give the boolean value itself, not its JSON text: the registration plan JSON-encodes this input" },
        { "SDK default left unset", Custom("aws:ec2/securityGroup:SecurityGroup", MapValue.Of(("vpcId", "v"))), "description", "the typed SDK would send 'Managed by Pulumi'" },
        { "deprecated type", Custom("aws:s3/bucketV2:BucketV2", MapValue.Empty), "", "the type is deprecated" },
        { "Kubernetes object without apiVersion", Custom("kubernetes:core/v1:ConfigMap", MapValue.Of(("kind", "ConfigMap"))), "apiVersion", "must carry apiVersion 'v1'" },
        { "Kubernetes kind not matching the token", Custom("kubernetes:core/v1:ConfigMap", MapValue.Of(("apiVersion", "v1"), ("kind", "Secret"))), "kind", "is 'Secret', but the type token says 'ConfigMap'" },
        { "custom resource field not in its CRD entry", Custom("kubernetes:example.com/v1:Widget", MapValue.Of(("apiVersion", "example.com/v1"), ("kind", "Widget"), ("spec", MapValue.Empty))), "spec", "come from its CRD: add an entry for kubernetes:{apiVersion}:{kind}" },
        { "remote component registered as custom", Custom("eks:index:Cluster", MapValue.Empty), "", "add it with GraphBuilder.RemoteComponent" },
        { "custom resource registered as remote", Node("aws:ec2/vpc:Vpc", NodeKind.RemoteComponent, MapValue.Empty), "", "add it with GraphBuilder.Resource" },
        { "provider token on a custom node", Custom("pulumi:providers:kubernetes", MapValue.Empty), "", "must be added with GraphBuilder.Provider" },
        { "provider kind on a resource token", Node("aws:ec2/vpc:Vpc", NodeKind.Provider, MapValue.Empty), "", "must have a pulumi:providers:<package> token" },
        { "local component not in TypeTokens", Node("iris:netwrk:Network", NodeKind.Component, MapValue.Empty), "", "must be declared in TypeTokens (iris:<layer>:<Type>) (did you mean 'iris:network:Network'?)" },
        { "plain input given an output", Node("eks:index:ManagedNodeGroup", NodeKind.RemoteComponent, MapValue.Of(("cluster", new OutputReference("c", "core")), ("enableIMDSv2", new OutputReference("c", "kubeconfigJson")))), "enableIMDSv2", "needs a plain value" },
        { "invoke token as a resource", Custom("aws:ec2/getManagedPrefixList:getManagedPrefixList", MapValue.Empty), "", "is a function (invoke)" },
        { "misspelt access entry field", EksCluster(("accessEntries", MapValue.Of(("admin", MapValue.Of(("principalArm", "arn:aws:iam::1:role/a")))))), "accessEntries.admin.principalArm", "unknown property (did you mean 'principalArn'?)" },
        { "access entry without its required field", EksCluster(("accessEntries", MapValue.Of(("admin", MapValue.Of(("type", "STANDARD")))))), "accessEntries.admin.principalArn", "required (string) but missing" },
        { "misspelt access policy field", EksCluster(("accessEntries", MapValue.Of(("admin", AccessEntry(("policyArm", "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy")))))), "accessEntries.admin.accessPolicies.view.policyArm", "unknown property (did you mean 'policyArn'?)" },
        { "access entry type outside its enum", EksCluster(("accessEntries", MapValue.Of(("admin", MapValue.Of(("principalArn", "arn:aws:iam::1:role/a"), ("type", "Standard")))))), "accessEntries.admin.type", "'Standard' is not an allowed value (did you mean 'STANDARD'?)" },
        { "misspelt add-on option", EksCluster(("kubeProxyAddonOptions", AddonOptions(("enabeld", false)))), "kubeProxyAddonOptions.enabeld", "unknown property (did you mean 'enabled'?)" },
        { "add-on option outside its enum", EksCluster(("corednsAddonOptions", AddonOptions(("resolveConflictsOnCreate", "PRESERVE")))), "corednsAddonOptions.resolveConflictsOnCreate", "'PRESERVE' is not an allowed value. Allowed: NONE, OVERWRITE." },
        { "nested SDK default left unset", EksCluster(("kubeProxyAddonOptions", MapValue.Of(("enabled", false)))), "kubeProxyAddonOptions.resolveConflictsOnCreate", "the typed SDK would send 'OVERWRITE'" },
        { "misspelt field of another package's shape", NodeGroup(("launchTemplate", MapValue.Of(("id", "lt-1"), ("verison", "1")))), "launchTemplate.verison", "unknown property (did you mean 'version'?)" },
        { "another package's shape without its required field", NodeGroup(("scalingConfig", MapValue.Of(("minSize", 1), ("maxSize", 2)))), "scalingConfig.desiredSize", "required (integer) but missing" },
        { "value outside a documented enum", Custom("aws:eks/addon:Addon", MapValue.Of(("addonName", "coredns"), ("clusterName", "c"), ("resolveConflictsOnCreate", "PRESERVE"))), "resolveConflictsOnCreate", "'PRESERVE' is not an allowed value. Allowed: NONE, OVERWRITE." },
        { "reference to an output the type does not have", Custom("aws:kms/alias:Alias", MapValue.Of(("targetKeyId", new OutputReference("k", "keyID")))), "targetKeyId", "reads output 'keyID' of 'k', but aws:kms/key:Key (Custom) has no such output (did you mean 'keyId'?)" },
        { "reference inside an interpolation", Custom("aws:kms/alias:Alias", MapValue.Of(("name", InterpolationValue.Of("alias/", new OutputReference("k", "keyid"))), ("targetKeyId", "k"))), "name", "reads output 'keyid' of 'k'" },
        { "reference inside a nested object", NodeGroup(("launchTemplate", MapValue.Of(("id", new OutputReference("lt", "id")), ("version", InterpolationValue.Of(new OutputReference("lt", "latestVersoin")))))), "launchTemplate.version", "has no such output (did you mean 'latestVersion'?)" },
        { "id of a remote component", NodeGroup(("clusterName", new OutputReference("c", "id"))), "clusterName", "eks:index:Cluster (RemoteComponent) has no such output" },
        { "output of our own component", Custom("aws:ec2/subnet:Subnet", MapValue.Of(("vpcId", new OutputReference("net", "vpcId")))), "vpcId", "iris:network:Network (Component) has no such output" },
        { "reference to a node not in the graph", Custom("aws:kms/alias:Alias", MapValue.Of(("targetKeyId", new OutputReference("key", "keyId")))), "targetKeyId", "the graph has no node 'key'" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Check_BrokenNode_IsReportedAtThePath(string why, ResourceNode node, string path, string message)
    {
        var violations = SchemaConformance.Check(node, Facts, Neighbours.GetValueOrDefault);

        Assert.True(
            violations.Any(v => v.Path == path && v.Message.Contains(message, StringComparison.Ordinal)),
            $"{why}: expected '{message}' at '{path}', got:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    public static TheoryData<string, ResourceNode> Correct => new()
    {
        { "plain values", Custom("aws:ec2/vpc:Vpc", MapValue.Of(("cidrBlock", "10.0.0.0/16"), ("enableDnsSupport", true), ("tags", Tags))) },
        { "a reference where an integer is expected", Custom("aws:kms/key:Key", MapValue.Of(("deletionWindowInDays", new OutputReference("k", "deletionWindowInDays")))) },
        { "a reference where an object list is expected", Custom("aws:ec2/securityGroup:SecurityGroup", MapValue.Of(("description", "d"), ("ingress", new OutputReference("sg", "ingress")))) },
        { "an interpolation and a secret where strings are expected", Custom("aws:kms/alias:Alias", MapValue.Of(("name", InterpolationValue.Of("alias/", new OutputReference("k", "keyId"))), ("targetKeyId", new SecretValue("id")))) },
        { "a whole double for an integer", Custom("aws:kms/key:Key", MapValue.Of(("deletionWindowInDays", 30d))) },
        { "a fraction for a number", Custom("aws:cloudwatch/metricAlarm:MetricAlarm", Alarm(("threshold", 0.75))) },
        { "nested objects in a list", Custom("aws:ec2/securityGroup:SecurityGroup", MapValue.Of(("description", "d"), ("ingress", ListValue.Of(Rule(("cidrBlocks", ListValue.Of("10.0.0.0/8"))))))) },
        { "a Kubernetes object with its identity", Custom("kubernetes:core/v1:ConfigMap", MapValue.Of(("apiVersion", "v1"), ("kind", "ConfigMap"), ("data", MapValue.Of(("a", "b"))))) },
        { "a PodDisruptionBudget", Custom("kubernetes:policy/v1:PodDisruptionBudget", MapValue.Of(("apiVersion", "policy/v1"), ("kind", "PodDisruptionBudget"), ("spec", MapValue.Of(("minAvailable", 1))))) },
        { "a custom resource's identity and metadata", Custom("kubernetes:example.com/v1:Widget", MapValue.Of(("apiVersion", "example.com/v1"), ("kind", "Widget"), ("metadata", MapValue.Of(("name", "iris"))))) },
        { "a provider with json inputs in their declared types", Provider("kubernetes", MapValue.Of(("enableServerSideApply", true), ("kubeClientSettings", MapValue.Of(("qps", 5.5))))) },
        { "a remote component", Node("eks:index:ManagedNodeGroup", NodeKind.RemoteComponent, MapValue.Of(("cluster", new OutputReference("c", "core")), ("enableIMDSv2", true))) },
        { "our component", Node(TypeTokens.Network, NodeKind.Component, MapValue.Empty) },
        { "an EKS cluster with access entries and add-on options", EksCluster(("accessEntries", MapValue.Of(("admin", AccessEntry(("policyArn", "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy"))))), ("kubeProxyAddonOptions", AddonOptions(("enabled", false)))) },
        { "a node group with pulumi-aws shapes", NodeGroup(("launchTemplate", MapValue.Of(("id", new OutputReference("lt", "id")), ("version", InterpolationValue.Of(new OutputReference("lt", "latestVersion"))))), ("scalingConfig", MapValue.Of(("desiredSize", 2), ("minSize", 1), ("maxSize", 3))), ("taints", ListValue.Of(MapValue.Of(("key", "tier"), ("effect", "NO_SCHEDULE"))))) },
        { "references to the id and urn every custom resource has", Custom("aws:kms/alias:Alias", MapValue.Of(("targetKeyId", new OutputReference("k", "id")), ("name", InterpolationValue.Of(new OutputReference("k", "urn"))))) },
    };

    [Theory]
    [MemberData(nameof(Correct))]
    public void Check_CorrectNode_HasNoViolations(string why, ResourceNode node)
    {
        var violations = SchemaConformance.Check(node, Facts, Neighbours.GetValueOrDefault);

        Assert.True(violations.Count == 0, $"{why}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    private static MapValue Alarm(params (string Key, Value? Value)[] extra) =>
        MapValue.Of([("comparisonOperator", "GreaterThanThreshold"), ("evaluationPeriods", 1), .. extra]);

    private static MapValue Rule(params (string Key, Value? Value)[] extra) =>
        MapValue.Of([("protocol", "tcp"), ("fromPort", 443), ("toPort", 443), .. extra.Where(e => e.Key != "fromPort")]);

    private static ResourceNode EksCluster(params (string Key, Value? Value)[] inputs) => Node("eks:index:Cluster", NodeKind.RemoteComponent, MapValue.Of(inputs));

    private static ResourceNode NodeGroup(params (string Key, Value? Value)[] inputs) =>
        Node("eks:index:ManagedNodeGroup", NodeKind.RemoteComponent, MapValue.Of([("cluster", new OutputReference("c", "core")), .. inputs]));

    private static MapValue AccessEntry(params (string Key, Value? Value)[] policy) => MapValue.Of(
        ("principalArn", "arn:aws:iam::1:role/a"),
        ("accessPolicies", MapValue.Of(("view", MapValue.Of([("accessScope", MapValue.Of(("type", "cluster"))), .. policy])))));

    // The typed SDK fills both resolveConflicts values of an add-on's options when they are given.
    private static MapValue AddonOptions(params (string Key, Value? Value)[] extra) => MapValue.Of(
        [.. new (string Key, Value? Value)[] { ("resolveConflictsOnCreate", "OVERWRITE"), ("resolveConflictsOnUpdate", "OVERWRITE") }.Where(d => extra.All(e => e.Key != d.Key)), .. extra]);

    private static ResourceNode Custom(string type, MapValue inputs) => Node(type, NodeKind.Custom, inputs);

    private static ResourceNode Provider(string package, MapValue inputs) => Node($"pulumi:providers:{package}", NodeKind.Provider, inputs);

    private static ResourceNode Node(string type, NodeKind kind, MapValue inputs) => new(type, "node", kind, null, inputs, ResourceOptions.None);
}
