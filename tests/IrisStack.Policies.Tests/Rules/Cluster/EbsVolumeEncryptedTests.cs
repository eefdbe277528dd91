using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Cluster;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Cluster.RuleNodes;

namespace IrisStack.Policies.Tests.Rules.Cluster;

public sealed class EbsVolumeEncryptedTests
{
    private const string VolumeType = "aws:ebs/volume:Volume";
    private const string TemplateType = "aws:ec2/launchTemplate:LaunchTemplate";
    private const string KeyArn = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private readonly EbsVolumeEncrypted policy = new();

    private static ResourceNode Volume => Node(VolumeType, ("availabilityZone", "eu-west-1a"), ("size", 40), ("encrypted", true), ("kmsKeyId", KeyArn));

    private static ResourceNode Template => Node(TemplateType, ("blockDeviceMappings", ListValue.Of(Mapping("/dev/xvda"))));

    [Fact]
    public void Volume_EncryptedWithCmk_IsCompliant() => Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Volume, Context));

    [Fact]
    public void Volume_KeyByReference_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Volume.With("kmsKeyId", new OutputReference("key", "arn")), Context));

    [Fact]
    public void Volume_Unencrypted_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Volume.With("encrypted", false), Context), "subject", "encrypted");

    [Fact]
    public void Volume_EncryptedUnset_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Volume.With("encrypted", null), Context), "subject", "encrypted");

    [Fact]
    public void Volume_AwsManagedKey_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Volume.With("kmsKeyId", null), Context), "subject", "kmsKeyId");

    [Fact]
    public void Template_EncryptedWithCmk_IsCompliant() => Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Template, Context));

    [Fact]
    public void Template_EncryptedAsBoolean_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Template.With("blockDeviceMappings", ListValue.Of(Ebs("/dev/xvda", true, KeyArn))), Context));

    [Fact]
    public void Template_Unencrypted_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Template.With("blockDeviceMappings", ListValue.Of(Ebs("/dev/xvda", "false", KeyArn))), Context), "subject", "blockDeviceMappings[0].ebs.encrypted");

    [Fact]
    public void Template_AwsManagedKey_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Template.With("blockDeviceMappings", ListValue.Of(Ebs("/dev/xvda", "true", null))), Context), "subject", "blockDeviceMappings[0].ebs.kmsKeyId");

    [Fact]
    public void Template_SecondMappingUnencrypted_NamesItsIndex() =>
        Outcomes.Single(policy.Evaluate(Template.With("blockDeviceMappings", ListValue.Of(Mapping("/dev/xvda"), Ebs("/dev/xvdb", null, KeyArn))), Context), "subject", "blockDeviceMappings[1].ebs.encrypted");

    [Fact]
    public void Template_InstanceStoreMapping_HoldsNoEbsVolume() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Template.With("blockDeviceMappings", ListValue.Of(Mapping("/dev/xvda"), MapValue.Of(("deviceName", "/dev/sdb"), ("virtualName", "ephemeral0")))), Context));

    [Fact]
    public void Template_WithoutMappings_DeclaresNoVolume() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Template.With("blockDeviceMappings", null), Context));

    [Theory]
    [InlineData("aws:ec2/instance:Instance")]
    [InlineData("kubernetes:storage.k8s.io/v1:StorageClass")]
    [InlineData("aws:ec2/subnet:Subnet")]
    public void OtherTypes_AreNotApplicable(string type) =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(type, ("encrypted", false)), Context));

    private static MapValue Mapping(string device) => Ebs(device, "true", KeyArn);

    // A mapping with an EBS volume; null leaves the input unset.
    private static MapValue Ebs(string device, Value? encrypted, Value? key) =>
        MapValue.Of(("deviceName", device), ("ebs", MapValue.Of(("volumeSize", 30), ("encrypted", encrypted), ("kmsKeyId", key))));
}
