using IrisStack.Components.Graph;

namespace IrisStack.Components.Tests.Schema;

/// <summary>The checker itself: each kind of error on a small hand-made node is caught, and correct nodes pass.</summary>
public sealed class SchemaConformanceTests
{
    private static readonly SchemaFacts Facts = SchemaFacts.Load(SchemaFacts.DefaultPath);

    private static MapValue Tags => MapValue.Of(("Name", "x"));

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
        { "interpolation for an integer", Custom("aws:kms/key:Key", MapValue.Of(("deletionWindowInDays", InterpolationValue.Of("3", new OutputReference("x", "y"))))), "deletionWindowInDays", "must be a whole number (integer), not an interpolated string" },
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
        { "custom resource field not in its CRD entry", Custom("kubernetes:intersystems.com/v1alpha1:IrisCluster", MapValue.Of(("apiVersion", "intersystems.com/v1alpha1"), ("kind", "IrisCluster"), ("spec", MapValue.Empty))), "spec", "come from its CRD: add an entry for kubernetes:{apiVersion}:{kind}" },
        { "remote component registered as custom", Custom("eks:index:Cluster", MapValue.Empty), "", "add it with GraphBuilder.RemoteComponent" },
        { "custom resource registered as remote", Node("aws:ec2/vpc:Vpc", NodeKind.RemoteComponent, MapValue.Empty), "", "add it with GraphBuilder.Resource" },
        { "provider token on a custom node", Custom("pulumi:providers:kubernetes", MapValue.Empty), "", "must be added with GraphBuilder.Provider" },
        { "provider kind on a resource token", Node("aws:ec2/vpc:Vpc", NodeKind.Provider, MapValue.Empty), "", "must have a pulumi:providers:<package> token" },
        { "local component not in TypeTokens", Node("iris:netwrk:Network", NodeKind.Component, MapValue.Empty), "", "must be declared in TypeTokens (iris:<layer>:<Type>) (did you mean 'iris:network:Network'?)" },
        { "plain input given an output", Node("eks:index:ManagedNodeGroup", NodeKind.RemoteComponent, MapValue.Of(("cluster", new OutputReference("c", "core")), ("enableIMDSv2", new OutputReference("c", "x")))), "enableIMDSv2", "needs a plain value" },
        { "invoke token as a resource", Custom("aws:ec2/getManagedPrefixList:getManagedPrefixList", MapValue.Empty), "", "is a function (invoke)" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Check_BrokenNode_IsReportedAtThePath(string why, ResourceNode node, string path, string message)
    {
        var violations = SchemaConformance.Check(node, Facts);

        Assert.True(
            violations.Any(v => v.Path == path && v.Message.Contains(message, StringComparison.Ordinal)),
            $"{why}: expected '{message}' at '{path}', got:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    public static TheoryData<string, ResourceNode> Correct => new()
    {
        { "plain values", Custom("aws:ec2/vpc:Vpc", MapValue.Of(("cidrBlock", "10.0.0.0/16"), ("enableDnsSupport", true), ("tags", Tags))) },
        { "a reference where an integer is expected", Custom("aws:kms/key:Key", MapValue.Of(("deletionWindowInDays", new OutputReference("cfg", "days")))) },
        { "a reference where an object list is expected", Custom("aws:ec2/securityGroup:SecurityGroup", MapValue.Of(("description", "d"), ("ingress", new OutputReference("x", "rules")))) },
        { "an interpolation and a secret where strings are expected", Custom("aws:kms/alias:Alias", MapValue.Of(("name", InterpolationValue.Of("alias/", new OutputReference("k", "keyId"))), ("targetKeyId", new SecretValue("id")))) },
        { "a whole double for an integer", Custom("aws:kms/key:Key", MapValue.Of(("deletionWindowInDays", 30d))) },
        { "a fraction for a number", Custom("aws:cloudwatch/metricAlarm:MetricAlarm", Alarm(("threshold", 0.75))) },
        { "nested objects in a list", Custom("aws:ec2/securityGroup:SecurityGroup", MapValue.Of(("description", "d"), ("ingress", ListValue.Of(Rule(("cidrBlocks", ListValue.Of("10.0.0.0/8"))))))) },
        { "a Kubernetes object with its identity", Custom("kubernetes:core/v1:ConfigMap", MapValue.Of(("apiVersion", "v1"), ("kind", "ConfigMap"), ("data", MapValue.Of(("a", "b"))))) },
        { "a PodDisruptionBudget", Custom("kubernetes:policy/v1:PodDisruptionBudget", MapValue.Of(("apiVersion", "policy/v1"), ("kind", "PodDisruptionBudget"), ("spec", MapValue.Of(("minAvailable", 1))))) },
        { "a custom resource's identity and metadata", Custom("kubernetes:intersystems.com/v1alpha1:IrisCluster", MapValue.Of(("apiVersion", "intersystems.com/v1alpha1"), ("kind", "IrisCluster"), ("metadata", MapValue.Of(("name", "iris"))))) },
        { "a provider with json inputs in their declared types", Provider("kubernetes", MapValue.Of(("enableServerSideApply", true), ("kubeClientSettings", MapValue.Of(("qps", 5.5))))) },
        { "a remote component", Node("eks:index:ManagedNodeGroup", NodeKind.RemoteComponent, MapValue.Of(("cluster", new OutputReference("c", "core")), ("enableIMDSv2", true))) },
        { "our component", Node(TypeTokens.Network, NodeKind.Component, MapValue.Empty) },
    };

    [Theory]
    [MemberData(nameof(Correct))]
    public void Check_CorrectNode_HasNoViolations(string why, ResourceNode node)
    {
        var violations = SchemaConformance.Check(node, Facts);

        Assert.True(violations.Count == 0, $"{why}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    private static MapValue Alarm(params (string Key, Value? Value)[] extra) =>
        MapValue.Of([("comparisonOperator", "GreaterThanThreshold"), ("evaluationPeriods", 1), .. extra]);

    private static MapValue Rule(params (string Key, Value? Value)[] extra) =>
        MapValue.Of([("protocol", "tcp"), ("fromPort", 443), ("toPort", 443), .. extra.Where(e => e.Key != "fromPort")]);

    private static ResourceNode Custom(string type, MapValue inputs) => Node(type, NodeKind.Custom, inputs);

    private static ResourceNode Provider(string package, MapValue inputs) => Node($"pulumi:providers:{package}", NodeKind.Provider, inputs);

    private static ResourceNode Node(string type, NodeKind kind, MapValue inputs) => new(type, "node", kind, null, inputs, ResourceOptions.None);
}
