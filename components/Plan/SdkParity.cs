using System.Collections.Immutable;

namespace IrisStack.Components.Plan;

/// <summary>
/// What the typed Pulumi SDKs do client-side and a generic registration (type token plus
/// <c>DictionaryResourceArgs</c>) therefore has to do itself: inputs they fill in, inputs they
/// JSON-encode, inputs they mark secret and outputs they mark secret. One table per behaviour,
/// keyed by type token; the schema conformance tests check every table against the schema facts,
/// so a new facts entry with such a behaviour fails until it is listed here.
/// </summary>
public static class SdkParity
{
    /// <summary>Provider inputs the typed SDK sends as JSON text (<c>[Input(..., json: true)]</c>).</summary>
    public static ImmutableDictionary<string, ImmutableSortedSet<string>> JsonInputs { get; } = Table(
        ("pulumi:providers:aws", ["allowedAccountIds", "assumeRoleWithWebIdentity", "assumeRoles", "defaultTags", "endpoints",
            "forbiddenAccountIds", "ignoreTags", "insecure", "maxRetries", "s3UsePathStyle", "sharedConfigFiles", "sharedCredentialsFiles",
            "skipCredentialsValidation", "skipMetadataApiCheck", "skipRegionValidation", "skipRequestingAccountId",
            "tokenBucketRateLimiterCapacity", "useDualstackEndpoint", "useFipsEndpoint", "userAgents"]),
        ("pulumi:providers:kubernetes", ["alwaysRender", "deleteUnreachable", "enableConfigMapMutable", "enablePatchForce",
            "enableSecretMutable", "enableServerSideApply", "helmReleaseSettings", "kubeClientSettings", "skipUpdateUnreachable",
            "suppressDeprecationWarnings", "suppressHelmHookWarnings", "upsertExistingObjects"]));

    /// <summary>Inputs the typed SDK wraps in a secret even when the program passes plain text.</summary>
    public static ImmutableDictionary<string, ImmutableSortedSet<string>> SecretInputs { get; } = Table(
        ("aws:acm/certificate:Certificate", ["privateKey", "privateKeyWo"]),
        ("aws:elasticache/replicationGroup:ReplicationGroup", ["authToken", "authTokenWo"]),
        ("aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration", ["token"]),
        ("kubernetes:core/v1:Secret", ["data", "stringData"]),
        ("pulumi:providers:aws", ["accessKey", "secretKey", "token"]),
        ("tls:index/certRequest:CertRequest", ["privateKeyPem", "privateKeyPemWo"]),
        ("tls:index/locallySignedCert:LocallySignedCert", ["caPrivateKeyPem", "caPrivateKeyPemWo"]),
        ("tls:index/selfSignedCert:SelfSignedCert", ["privateKeyPem", "privateKeyPemWo"]));

    /// <summary>Outputs the typed SDK adds to <c>AdditionalSecretOutputs</c>.</summary>
    public static ImmutableDictionary<string, ImmutableSortedSet<string>> SecretOutputs { get; } = Table(
        ("aws:acm/certificate:Certificate", ["privateKey", "privateKeyWo"]),
        ("aws:elasticache/replicationGroup:ReplicationGroup", ["authToken", "authTokenWo"]),
        ("aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration", ["token"]),
        ("kubernetes:core/v1:Secret", ["data", "stringData"]),
        ("pulumi:providers:aws", ["accessKey", "secretKey", "token"]),
        ("random:index/randomPassword:RandomPassword", ["bcryptHash", "result"]),
        ("tls:index/certRequest:CertRequest", ["privateKeyPem", "privateKeyPemWo"]),
        ("tls:index/locallySignedCert:LocallySignedCert", ["caPrivateKeyPem", "caPrivateKeyPemWo"]),
        ("tls:index/privateKey:PrivateKey", ["privateKeyOpenssh", "privateKeyPem", "privateKeyPemPkcs8"]),
        ("tls:index/selfSignedCert:SelfSignedCert", ["privateKeyPem", "privateKeyPemWo"]));

    // Modules of the kubernetes package that are Pulumi's own resources, not Kubernetes API objects.
    private static readonly ImmutableArray<string> PulumiOwnedModules = ["helm.sh/", "yaml/", "kustomize/"];

    /// <summary>
    /// Inputs the typed SDK always sets to a constant: <c>apiVersion</c> and <c>kind</c> of a
    /// Kubernetes object (from the token, so custom resources such as
    /// <c>kubernetes:intersystems.com/v1alpha1:IrisCluster</c> are covered too) and Helm v3
    /// Release's <c>compat: "true"</c>.
    /// </summary>
    public static ImmutableSortedDictionary<string, string> ConstantInputs(string type)
    {
        if (type == "kubernetes:helm.sh/v3:Release")
        {
            return ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("compat", "true")]);
        }

        return KubernetesObject(type) is (string apiVersion, string kind)
            ? ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("apiVersion", apiVersion), KeyValuePair.Create("kind", kind)])
            : ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
    }

    /// <summary>
    /// The <c>apiVersion</c> and <c>kind</c> of a Kubernetes object token
    /// (<c>kubernetes:core/v1:Secret</c> is <c>v1</c>/<c>Secret</c>; a <c>...Patch</c> resource
    /// patches the kind without the suffix), or null for other tokens.
    /// </summary>
    public static (string ApiVersion, string Kind)? KubernetesObject(string type)
    {
        var parts = type.Split(':');
        if (parts.Length != 3 || parts[0] != "kubernetes" || !parts[1].Contains('/', StringComparison.Ordinal) ||
            PulumiOwnedModules.Any(m => parts[1].StartsWith(m, StringComparison.Ordinal)))
        {
            return null;
        }

        var apiVersion = parts[1].StartsWith("core/", StringComparison.Ordinal) ? parts[1]["core/".Length..] : parts[1];
        var kind = parts[2].EndsWith("Patch", StringComparison.Ordinal) ? parts[2][..^"Patch".Length] : parts[2];
        return (apiVersion, kind);
    }

    /// <summary>The names in a table for a type, empty when the type has none.</summary>
    public static ImmutableSortedSet<string> For(ImmutableDictionary<string, ImmutableSortedSet<string>> table, string type) =>
        table.GetValueOrDefault(type) ?? ImmutableSortedSet<string>.Empty.WithComparer(StringComparer.Ordinal);

    private static ImmutableDictionary<string, ImmutableSortedSet<string>> Table(params (string Type, string[] Names)[] rows) =>
        rows.ToImmutableDictionary(r => r.Type, r => r.Names.ToImmutableSortedSet(StringComparer.Ordinal), StringComparer.Ordinal);
}
