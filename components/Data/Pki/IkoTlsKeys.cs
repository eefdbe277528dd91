using System.Collections.Immutable;

namespace IrisStack.Components.Data.Pki;

/// <summary>
/// The keys of an IrisCluster's <c>spec.tls</c> (one VolumeSource per TLS feature; <c>common</c>
/// turns every feature on, a feature's own key overrides it). <c>common</c>, <c>mirror</c> and
/// <c>webgateway</c> are in InterSystems' IKO sample; <c>ecp</c> and <c>superserver</c> are not
/// (iris.md §1.2), so they are written only when the caller opts in.
/// </summary>
public static class IkoTlsKeys
{
    /// <summary>Every TLS feature (confirmed).</summary>
    public const string Common = "common";

    /// <summary>Mirroring (confirmed).</summary>
    public const string Mirror = "mirror";

    /// <summary>ECP (unconfirmed).</summary>
    public const string Ecp = "ecp";

    /// <summary>The superserver (unconfirmed).</summary>
    public const string Superserver = "superserver";

    /// <summary>The keys InterSystems' sample confirms that this PKI fills.</summary>
    public static ImmutableArray<string> Confirmed { get; } = [Common, Mirror];

    /// <summary>The keys no source confirms.</summary>
    public static ImmutableArray<string> Unconfirmed { get; } = [Ecp, Superserver];
}
