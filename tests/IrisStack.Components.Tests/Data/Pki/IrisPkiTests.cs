using System.Collections.Immutable;
using IrisStack.Components.Data;
using IrisStack.Components.Data.Pki;
using IrisStack.Components.Graph;
using IrisStack.Components.Tests.Schema;
using IrisStack.Components.Tls;
using IrisStack.Components.WebGateway;

namespace IrisStack.Components.Tests.Data.Pki;

public sealed class IrisPkiTests
{
    private const string Parent = "data";
    private const string Provider = "k8s";
    private const string Namespace = "iris-ns";

    private static readonly IrisClusterNames Unmirrored = new("iris", "iris", Mirrored: false, ComputeReplicas: 1);
    private static readonly IrisClusterNames Mirrored = new("prod", "iris-data", Mirrored: true, ComputeReplicas: 3);

    private static readonly PkiSecretPlacement Placement = new(
        Provider, ImmutableArray.Create(Namespace),
        new IrisStack.Components.Collections.EquatableSortedDictionary<string, string>(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("app.kubernetes.io/part-of", "iris-stack")])));

    private static (ResourceGraph Graph, IrisPkiOutputs Outputs) Build(IrisClusterNames names, PkiConfig? config = null, bool givenCa = false)
    {
        var graph = new GraphBuilder("iris-stack", "test");
        graph.External(Provider);
        graph.External(Namespace);
        var component = graph.Component(TypeTokens.Cluster, Parent);
        CertificateAuthority? ca = null;
        if (givenCa)
        {
            var key = graph.Resource(TlsCertificates.PrivateKeyType, "stack-ca-key", MapValue.Of(("algorithm", "ECDSA")));
            var cert = graph.Resource(TlsCertificates.SelfSignedCertType, "stack-ca-cert", MapValue.Of(("privateKeyPem", key.Output("privateKeyPem"))));
            ca = new CertificateAuthority(cert.Output("certPem"), key.Output("privateKeyPem"));
        }

        var outputs = IrisPki.Add(graph, new ComponentScope(Parent), config ?? PkiConfig.Default, names, component.Name, Placement, ca);
        return (graph.Build(), outputs);
    }

    private static IEnumerable<ResourceNode> Pki(ResourceGraph graph) => graph.ChildrenOf(Parent);

    private static ImmutableArray<string> Strings(Value? value) =>
        [.. Assert.IsType<ListValue>(value).Items.Select(v => Assert.IsType<StringValue>(v).Value)];

    private static MapValue StringData(ResourceNode secret) => Assert.IsType<MapValue>(secret.Input("stringData"));

    [Fact]
    public void Unmirrored_CaAndTheSuperserverCertificate_InOneSecret()
    {
        var (graph, outputs) = Build(Unmirrored);

        Assert.Equal(
            [
                ("data-tls-ca-key", TlsCertificates.PrivateKeyType),
                ("data-tls-ca-cert", TlsCertificates.SelfSignedCertType),
                ("data-tls-superserver-key", TlsCertificates.PrivateKeyType),
                ("data-tls-superserver-csr", TlsCertificates.CertRequestType),
                ("data-tls-superserver-cert", TlsCertificates.LocallySignedCertType),
                ("data-tls-superserver-secret", "kubernetes:core/v1:Secret"),
            ],
            Pki(graph).Select(n => (n.Name, n.Type)));
        Assert.Equal("iris-tls-superserver", outputs.SuperserverSecretName);
        Assert.Null(outputs.MirrorSecretName);
        Assert.Equal<string>(["data-tls-superserver-secret"], outputs.SecretNodes);
    }

    [Fact]
    public void Mirrored_AddsTheMirrorCertificateAndSecret()
    {
        var (graph, outputs) = Build(Mirrored);

        Assert.Equal(
            [
                "data-tls-ca-key", "data-tls-ca-cert",
                "data-tls-superserver-key", "data-tls-superserver-csr", "data-tls-superserver-cert", "data-tls-superserver-secret",
                "data-tls-mirror-key", "data-tls-mirror-csr", "data-tls-mirror-cert", "data-tls-mirror-secret",
            ],
            Pki(graph).Select(n => n.Name));
        Assert.Equal("prod-tls-mirror", outputs.MirrorSecretName);
        Assert.Equal<string>(["data-tls-superserver-secret", "data-tls-mirror-secret"], outputs.SecretNodes);
        Assert.Equal(["prod-tls-mirror", "prod-tls-superserver"], graph.OfType("kubernetes:core/v1:Secret").Select(s => ((StringValue)s.Input("metadata.name")!).Value).Order(StringComparer.Ordinal));
    }

    public static TheoryData<IrisClusterNames> Clusters => [Unmirrored, Mirrored, new IrisClusterNames("big", "iris", Mirrored: true, ComputeReplicas: 8)];

    [Theory]
    [MemberData(nameof(Clusters))]
    public void Superserver_CoversEveryPodIkoCreates_AndTheService(IrisClusterNames names)
    {
        var (graph, _) = Build(names);
        var sans = Strings(graph["data-tls-superserver-csr"].Input("dnsNames"));

        var pods = names.DataPods.Concat(names.ComputePods).Concat(names.ArbiterPods).ToList();
        Assert.Equal((names.Mirrored ? 2 : 1) + names.ComputeReplicas + (names.Mirrored ? 1 : 0), pods.Count);
        foreach (var pod in pods)
        {
            Assert.Contains(names.Host(pod), sans);
            Assert.Contains($"{pod}.iris-svc.{names.Namespace}.svc", sans);
            Assert.Contains($"{pod}.iris-svc", sans);
        }

        Assert.Contains($"iris-svc.{names.Namespace}.svc.cluster.local", sans);
        Assert.Equal((pods.Count * 3) + 1, sans.Length);
        Assert.Equal(sans.Length, sans.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Superserver_CoversTheWebGatewaysServers_AndMirroredPodsByName()
    {
        var (unmirrored, _) = Build(Unmirrored);
        Assert.Superset(IrisConnection.DefaultServers.ToHashSet(StringComparer.Ordinal), Strings(unmirrored["data-tls-superserver-csr"].Input("dnsNames")).ToHashSet(StringComparer.Ordinal));

        var (mirrored, _) = Build(Mirrored);
        var sans = Strings(mirrored["data-tls-superserver-csr"].Input("dnsNames"));
        Assert.Contains("prod-data-0-1.iris-svc.iris-data.svc.cluster.local", sans);
        Assert.Contains("prod-compute-2.iris-svc.iris-data.svc", sans);
        Assert.Contains("prod-arbiter-0.iris-svc", sans);
        Assert.Contains("iris-svc.iris-data.svc.cluster.local", sans);
    }

    [Fact]
    public void Mirror_CoversTheMembersAndTheArbiter_NotTheComputePods()
    {
        var (graph, _) = Build(Mirrored);
        var sans = Strings(graph["data-tls-mirror-csr"].Input("dnsNames"));

        var expected = Mirrored.DataPods.Concat(Mirrored.ArbiterPods)
            .SelectMany(p => new[] { Mirrored.Host(p), $"{p}.iris-svc.{Mirrored.Namespace}.svc", $"{p}.iris-svc" });
        Assert.Equal(expected, sans);
        Assert.DoesNotContain(sans, s => Mirrored.ComputePods.Any(c => s.StartsWith(c + ".", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(TlsKeyAlgorithm.EcdsaP256, new[] { "digital_signature", "server_auth", "client_auth" })]
    [InlineData(TlsKeyAlgorithm.EcdsaP384, new[] { "digital_signature", "server_auth", "client_auth" })]
    [InlineData(TlsKeyAlgorithm.Rsa3072, new[] { "digital_signature", "key_encipherment", "server_auth", "client_auth" })]
    [InlineData(TlsKeyAlgorithm.Rsa4096, new[] { "digital_signature", "key_encipherment", "server_auth", "client_auth" })]
    public void AllowedUses_ServerAndClient_KeyUsageForTheKeyType(TlsKeyAlgorithm algorithm, string[] expected)
    {
        var (graph, _) = Build(Mirrored, PkiConfig.Default with { KeyAlgorithm = algorithm });

        Assert.Equal<string>(expected, Strings(graph["data-tls-superserver-cert"].Input("allowedUses")));
        Assert.Equal<string>(expected, Strings(graph["data-tls-mirror-cert"].Input("allowedUses")));
        Assert.Equal<string>(["cert_signing", "crl_signing"], Strings(graph["data-tls-ca-cert"].Input("allowedUses")));
        Assert.Equal(new BoolValue(true), graph["data-tls-ca-cert"].Input("isCaCertificate"));
        Assert.Null(graph["data-tls-superserver-cert"].Input("isCaCertificate"));
    }

    [Theory]
    [InlineData(TlsKeyAlgorithm.EcdsaP256, "ECDSA", "ecdsaCurve", "P256")]
    [InlineData(TlsKeyAlgorithm.EcdsaP384, "ECDSA", "ecdsaCurve", "P384")]
    [InlineData(TlsKeyAlgorithm.Rsa3072, "RSA", "rsaBits", 3072)]
    [InlineData(TlsKeyAlgorithm.Rsa4096, "RSA", "rsaBits", 4096)]
    public void Keys_AreOfTheConfiguredType(TlsKeyAlgorithm algorithm, string providerAlgorithm, string parameter, object size)
    {
        var (graph, _) = Build(Mirrored, PkiConfig.Default with { KeyAlgorithm = algorithm });
        var keys = Pki(graph).Where(n => n.Type == TlsCertificates.PrivateKeyType).ToList();

        Assert.Equal(3, keys.Count);
        Value expectedSize = size is int bits ? new NumberValue(bits) : new StringValue((string)size);
        Assert.All(keys, k => Assert.Equal(MapValue.Of(("algorithm", providerAlgorithm), (parameter, expectedSize)), k.Inputs));
    }

    [Fact]
    public void Validity_FromConfig_EarlyRenewalBelowIt()
    {
        var config = PkiConfig.Default with { Ca = new TlsValidity(43800, 2190), Leaf = new TlsValidity(2160, 360), Organization = "Example Health" };
        var (graph, _) = Build(Mirrored, config);

        var ca = graph["data-tls-ca-cert"];
        Assert.Equal(new NumberValue(43800), ca.Input("validityPeriodHours"));
        Assert.Equal(new NumberValue(2190), ca.Input("earlyRenewalHours"));
        Assert.Equal(new StringValue("Example Health"), ca.Input("subject.organization"));
        var leaves = graph.OfType(TlsCertificates.LocallySignedCertType).ToList();
        Assert.Equal(2, leaves.Count);
        Assert.All(leaves, l =>
        {
            Assert.Equal(new NumberValue(2160), l.Input("validityPeriodHours"));
            Assert.Equal(new NumberValue(360), l.Input("earlyRenewalHours"));
        });
        Assert.All(graph.OfType(TlsCertificates.CertRequestType), r => Assert.Equal(new StringValue("Example Health"), r.Input("subject.organization")));
        Assert.All(Pki(graph).Where(n => n.Input("validityPeriodHours") is not null), n =>
            Assert.True(((NumberValue)n.Input("earlyRenewalHours")!).Value < ((NumberValue)n.Input("validityPeriodHours")!).Value, n.Name));
    }

    [Fact]
    public void CommonName_IsOneOfTheSans_AndFitsX520()
    {
        var longNames = new IrisClusterNames("iris", "a-namespace-whose-name-is-long-enough", Mirrored: false, ComputeReplicas: 1);
        foreach (var names in new[] { Unmirrored, Mirrored, longNames })
        {
            var (graph, _) = Build(names);
            foreach (var csr in graph.OfType(TlsCertificates.CertRequestType))
            {
                var cn = Assert.IsType<StringValue>(csr.Input("subject.commonName")).Value;
                Assert.True(cn.Length <= 64, cn);
                Assert.Contains(cn, Strings(csr.Input("dnsNames")));
            }
        }

        Assert.Equal("iris-data-0.iris-svc.iris.svc.cluster.local", ((StringValue)Build(Unmirrored).Graph["data-tls-superserver-csr"].Input("subject.commonName")!).Value);
        Assert.Equal("iris-data-0.iris-svc.a-namespace-whose-name-is-long-enough.svc", ((StringValue)Build(longNames).Graph["data-tls-superserver-csr"].Input("subject.commonName")!).Value);
    }

    [Theory]
    [MemberData(nameof(Clusters))]
    public void Secrets_OpaqueWithTheThreeIkoKeys_InTheIrisNamespace(IrisClusterNames names)
    {
        var (graph, outputs) = Build(names);

        var secrets = graph.OfType("kubernetes:core/v1:Secret").ToList();
        Assert.Equal(names.Mirrored ? 2 : 1, secrets.Count);
        foreach (var secret in secrets)
        {
            var purpose = secret.Name["data-tls-".Length..^"-secret".Length];
            Assert.Equal(new StringValue("Opaque"), secret.Input("type"));
            Assert.Equal(new StringValue(names.Namespace), secret.Input("metadata.namespace"));
            Assert.Equal(new StringValue("iris-stack"), Assert.IsType<MapValue>(secret.Input("metadata.labels"))["app.kubernetes.io/part-of"]);
            Assert.Equal(Provider, secret.Options.Provider);
            Assert.Equal<string>([Namespace], secret.Options.DependsOn);
            var data = StringData(secret);
            Assert.Equal(["ca.pem", "tls.crt", "tls.key"], data.Entries.Keys);
            Assert.Equal(new OutputReference($"data-tls-{purpose}-cert", "certPem"), data["tls.crt"]);
            Assert.Equal(new SecretValue(new OutputReference($"data-tls-{purpose}-key", "privateKeyPem")), data["tls.key"]);
            Assert.Equal(outputs.CaCertPem, data["ca.pem"]);
        }

        Assert.Equal(new OutputReference("data-tls-ca-cert", "certPem"), outputs.CaCertPem);
    }

    [Fact]
    public void PrivateKeys_OnlyInTlsInputs_OrAsSecretValueInASecret()
    {
        foreach (var names in new[] { Unmirrored, Mirrored })
        {
            var (graph, _) = Build(names);
            var keyNodes = graph.OfType(TlsCertificates.PrivateKeyType).Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
            var places = new List<string>();
            foreach (var node in graph.Nodes)
            {
                Walk(node.Inputs, string.Empty, inSecret: false, (path, inSecret) =>
                {
                    var allowed = node.Type.StartsWith("tls:index/", StringComparison.Ordinal)
                        || (node.Type == "kubernetes:core/v1:Secret" && path.StartsWith("stringData.", StringComparison.Ordinal) && inSecret);
                    Assert.True(allowed, $"private key in {node.Name} at {path} (secret: {inSecret})");
                    places.Add($"{node.Name}:{path}");
                });
            }

            // Each key feeds its CSR (or self-signed CA), and each leaf key one Secret; the CA key signs each leaf.
            var leaves = names.Mirrored ? 2 : 1;
            Assert.Equal(1 + (2 * leaves) + leaves, places.Count);
            Assert.Equal(leaves, places.Count(p => p.EndsWith(":stringData.tls.key", StringComparison.Ordinal)));

            void Walk(Value value, string path, bool inSecret, Action<string, bool> found)
            {
                switch (value)
                {
                    case OutputReference r when keyNodes.Contains(r.Node) && r.Output.StartsWith("privateKey", StringComparison.Ordinal):
                        found(path, inSecret);
                        break;
                    case MapValue map:
                        foreach (var (key, child) in map.Entries)
                        {
                            Walk(child, path.Length == 0 ? key : $"{path}.{key}", inSecret, found);
                        }

                        break;
                    case ListValue list:
                        for (var i = 0; i < list.Items.Length; i++)
                        {
                            Walk(list.Items[i], $"{path}[{i}]", inSecret, found);
                        }

                        break;
                    case SecretValue secret:
                        Walk(secret.Inner, path, inSecret: true, found);
                        break;
                    default:
                        // Interpolations and templates: a key inside one would be outside any Secret field.
                        Assert.DoesNotContain(value.References(), r => keyNodes.Contains(r.Node) && r.Output.StartsWith("privateKey", StringComparison.Ordinal));
                        break;
                }
            }
        }
    }

    [Fact]
    public void GivenCa_IssuesOnly_NoNewCa()
    {
        var (graph, outputs) = Build(Mirrored, givenCa: true);

        Assert.Single(graph.OfType(TlsCertificates.SelfSignedCertType));
        Assert.DoesNotContain(Pki(graph), n => n.Name.StartsWith("data-tls-ca-", StringComparison.Ordinal));
        Assert.Equal(8, Pki(graph).Count());
        var given = new OutputReference("stack-ca-cert", "certPem");
        Assert.All(graph.OfType(TlsCertificates.LocallySignedCertType), c =>
        {
            Assert.Equal(given, c.Input("caCertPem"));
            Assert.Equal(new OutputReference("stack-ca-key", "privateKeyPem"), c.Input("caPrivateKeyPem"));
        });
        Assert.All(graph.OfType("kubernetes:core/v1:Secret"), s => Assert.Equal(given, StringData(s)["ca.pem"]));
        Assert.Equal(given, outputs.CaCertPem);
    }

    [Fact]
    public void OwnCa_SignsEveryCertificate_AndIsWhatTheWebGatewayGets()
    {
        var (graph, outputs) = Build(Mirrored);

        Assert.All(graph.OfType(TlsCertificates.LocallySignedCertType), c =>
        {
            Assert.Equal(new OutputReference("data-tls-ca-cert", "certPem"), c.Input("caCertPem"));
            Assert.Equal(new OutputReference("data-tls-ca-key", "privateKeyPem"), c.Input("caPrivateKeyPem"));
        });
        Assert.Equal(new CertificateAuthority(new OutputReference("data-tls-ca-cert", "certPem"), new OutputReference("data-tls-ca-key", "privateKeyPem")), outputs.Authority);
    }

    [Fact]
    public void TlsSecrets_ConfirmedKeys_UnlessTheCallerOptsIn()
    {
        var (_, unmirrored) = Build(Unmirrored);
        var (_, mirrored) = Build(Mirrored);

        Assert.Equal([KeyValuePair.Create("common", "iris-tls-superserver")], unmirrored.TlsSecrets(includeUnconfirmed: false));
        Assert.Equal(
            [KeyValuePair.Create("common", "prod-tls-superserver"), KeyValuePair.Create("mirror", "prod-tls-mirror")],
            mirrored.TlsSecrets(includeUnconfirmed: false));
        Assert.Equal(
            [
                KeyValuePair.Create("common", "prod-tls-superserver"), KeyValuePair.Create("ecp", "prod-tls-superserver"),
                KeyValuePair.Create("mirror", "prod-tls-mirror"), KeyValuePair.Create("superserver", "prod-tls-superserver"),
            ],
            mirrored.TlsSecrets(includeUnconfirmed: true));
        Assert.Subset(IkoTlsKeys.Confirmed.Concat(IkoTlsKeys.Unconfirmed).ToHashSet(StringComparer.Ordinal), mirrored.TlsSecrets(true).Keys.ToHashSet(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Clusters))]
    public void EveryNode_ConformsToTheSchemaFacts(IrisClusterNames names)
    {
        var facts = SchemaFacts.Load(SchemaFacts.DefaultPath);
        var (graph, _) = Build(names, PkiConfig.Default with { KeyAlgorithm = TlsKeyAlgorithm.Rsa3072 });

        var violations = Pki(graph).SelectMany(n => SchemaConformance.Check(n, facts, graph.Find)).ToList();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
