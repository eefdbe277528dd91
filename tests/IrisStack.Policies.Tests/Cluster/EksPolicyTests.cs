using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Cluster;
using static IrisStack.Policies.Tests.Cluster.ClusterPolicyFixtures;

namespace IrisStack.Policies.Tests.Cluster;

public class EksPolicyTests
{
    [Fact]
    public void EndpointPrivate_PrivateOnly_Passes() => AssertPasses(new EksEndpointPrivate(), Graph);

    [Fact]
    public void EndpointPrivate_AdminCidrs_Passes() =>
        AssertPasses(new EksEndpointPrivate(), Build(cluster: """{"endpointPublicAccessCidrs":["203.0.113.0/24"]}"""));

    [Fact]
    public void EndpointPrivate_PublicWithoutCidrs_IsOpenToTheWorld()
    {
        var violation = AssertViolation(new EksEndpointPrivate(), SetInput(Graph, "cluster-eks", "endpointPublicAccess", true), "cluster-eks", "endpointPublicAccess");

        Assert.Contains("0.0.0.0/0", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EndpointPrivate_PublicUnset_DefaultsToOpen() =>
        AssertViolation(new EksEndpointPrivate(), SetInput(Graph, "cluster-eks", "endpointPublicAccess", null), "cluster-eks", "endpointPublicAccess");

    [Fact]
    public void EndpointPrivate_WorldInCidrs_IsAViolation()
    {
        var graph = SetInput(Build(cluster: """{"endpointPublicAccessCidrs":["203.0.113.0/24"]}"""), "cluster-eks", "publicAccessCidrs", ListValue.Of("0.0.0.0/0"));

        AssertViolation(new EksEndpointPrivate(), graph, "cluster-eks", "publicAccessCidrs");
    }

    [Fact]
    public void EndpointPrivate_PrivateEndpointOff_IsAViolation() =>
        AssertViolation(new EksEndpointPrivate(), SetInput(Graph, "cluster-eks", "endpointPrivateAccess", false), "cluster-eks", "endpointPrivateAccess");

    [Fact]
    public void EndpointPrivate_AwsClusterForm_ReadsVpcConfig()
    {
        var node = new ResourceNode("aws:eks/cluster:Cluster", "raw", NodeKind.Custom, null,
            MapValue.Of(("vpcConfig", MapValue.Of(("endpointPrivateAccess", true), ("endpointPublicAccess", true)))), ResourceOptions.None);

        AssertViolation(new EksEndpointPrivate(), Add(Graph, node), "raw", "vpcConfig.endpointPublicAccess");
    }

    [Fact]
    public void SecretsEncrypted_WithKey_Passes() => AssertPasses(new EksSecretsEncrypted(), Graph);

    [Fact]
    public void SecretsEncrypted_WithoutKey_IsAViolation() =>
        AssertViolation(new EksSecretsEncrypted(), SetInput(Graph, "cluster-eks", "encryptionConfigKeyArn", null), "cluster-eks", "encryptionConfigKeyArn");

    [Fact]
    public void ControlPlaneLogging_AllTypes_Passes() => AssertPasses(new EksControlPlaneLogging(), Graph);

    [Fact]
    public void ControlPlaneLogging_AuditMissing_NamesIt()
    {
        var graph = SetInput(Graph, "cluster-eks", "enabledClusterLogTypes", ListValue.Of("api", "authenticator", "controllerManager", "scheduler"));

        var violation = AssertViolation(new EksControlPlaneLogging(), graph, "cluster-eks", "enabledClusterLogTypes");
        Assert.Contains("audit", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Imdsv2_HardenedTemplate_Passes() => AssertPasses(new EksNodesRequireImdsv2(), Graph);

    [Fact]
    public void Imdsv2_TokensOptionalOnTheNodeTemplate_IsFlaggedOnceByTheTemplateRule()
    {
        var graph = SetInput(Graph, "cluster-nodes-general-lt", "metadataOptions.httpTokens", "optional");

        AssertPasses(new EksNodesRequireImdsv2(), graph);
        AssertViolation(new Ec2Imdsv2Required(), graph, "cluster-nodes-general-lt", "metadataOptions.httpTokens");
    }

    [Fact]
    public void Imdsv2_HopLimitTwoOnTheNodeTemplate_IsFlaggedOnceByTheTemplateRule()
    {
        var graph = SetInput(Graph, "cluster-nodes-general-lt", "metadataOptions.httpPutResponseHopLimit", 2);

        AssertPasses(new EksNodesRequireImdsv2(), graph);
        AssertViolation(new Ec2Imdsv2Required(), graph, "cluster-nodes-general-lt", "metadataOptions.httpPutResponseHopLimit");
    }

    [Fact]
    public void Imdsv2_NoLaunchTemplate_IsAViolation() =>
        AssertViolation(new EksNodesRequireImdsv2(), SetInput(Graph, "cluster-nodes-general", "launchTemplate", null), "cluster-nodes-general", "launchTemplate");

    [Fact]
    public void Imdsv2_NoNodeGroups_IsNotApplicable() =>
        Assert.Equal(PolicyStatus.NotApplicable, Run(new EksNodesRequireImdsv2(), new GraphBuilder("p", "s").Build()).Status);

    [Fact]
    public void NodeVolumes_EncryptedWithCmk_Passes() => AssertPasses(new EksNodeVolumesEncrypted(), Graph);

    [Fact]
    public void NodeVolumes_UnencryptedOnTheNodeTemplate_IsFlaggedOnceByTheVolumeRule()
    {
        var graph = Edit(Graph, "cluster-nodes-general-lt", n => n with
        {
            Inputs = n.Inputs.With("blockDeviceMappings", ListValue.Of(MapValue.Of(("deviceName", "/dev/xvda"), ("ebs", MapValue.Of(("encrypted", "false"), ("volumeSize", 30)))))),
        });

        AssertPasses(new EksNodeVolumesEncrypted(), graph);
        AssertViolation(new EbsVolumeEncrypted(), graph, "cluster-nodes-general-lt", "blockDeviceMappings[0].ebs.encrypted");
    }

    [Fact]
    public void NodeVolumes_AwsManagedKeyOnTheNodeTemplate_IsFlaggedOnceByTheVolumeRule()
    {
        var graph = Edit(Graph, "cluster-nodes-general-lt", n => n with
        {
            Inputs = n.Inputs.With("blockDeviceMappings", ListValue.Of(MapValue.Of(("deviceName", "/dev/xvda"), ("ebs", MapValue.Of(("encrypted", "true"), ("volumeSize", 30)))))),
        });

        AssertPasses(new EksNodeVolumesEncrypted(), graph);
        AssertViolation(new EbsVolumeEncrypted(), graph, "cluster-nodes-general-lt", "blockDeviceMappings[0].ebs.kmsKeyId");
    }

    [Fact]
    public void NodeVolumes_TemplateMapsNoVolume_IsAViolation() =>
        AssertViolation(new EksNodeVolumesEncrypted(), SetInput(Graph, "cluster-nodes-general-lt", "blockDeviceMappings", null), "cluster-nodes-general-lt", "blockDeviceMappings");

    [Fact]
    public void NodeVolumes_NoLaunchTemplate_IsAViolation() =>
        AssertViolation(new EksNodeVolumesEncrypted(), SetInput(Graph, "cluster-nodes-general", "launchTemplate", null), "cluster-nodes-general", "launchTemplate");

    [Fact]
    public void NoSsh_NoKeyNoRemoteAccess_Passes() => AssertPasses(new EksNodeGroupNoSsh(), Graph);

    [Fact]
    public void NoSsh_RemoteAccess_IsAViolation() =>
        AssertViolation(new EksNodeGroupNoSsh(), SetInput(Graph, "cluster-nodes-general", "remoteAccess", MapValue.Of(("ec2SshKey", "ops"))), "cluster-nodes-general", "remoteAccess");

    [Fact]
    public void NoSsh_KeyPairInTemplate_IsAViolation() =>
        AssertViolation(new EksNodeGroupNoSsh(), SetInput(Graph, "cluster-nodes-general-lt", "keyName", "ops"), "cluster-nodes-general-lt", "keyName");

    [Fact]
    public void NetworkPolicyEnforced_VpcCniAgentOn_Passes() => AssertPasses(new NetworkPolicyEnforced(), Graph);

    [Fact]
    public void NetworkPolicyEnforced_AgentOff_IsAViolation() =>
        AssertViolation(new NetworkPolicyEnforced(), SetInput(Graph, "cluster-addon-vpc-cni", "configurationValues", "{\"enableNetworkPolicy\":\"false\"}"),
            "cluster-addon-vpc-cni", "configurationValues");

    [Fact]
    public void NetworkPolicyEnforced_NoVpcCniAddon_IsAViolation() =>
        AssertViolation(new NetworkPolicyEnforced(), SetInput(Graph, "cluster-addon-vpc-cni", "addonName", "vpc-cni-disabled"), "cluster-eks", string.Empty);
}
