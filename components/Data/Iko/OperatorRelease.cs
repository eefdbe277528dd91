using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Iko;

/// <summary>
/// The inputs of the operator's Helm release (<c>kubernetes:helm.sh/v3:Release</c>, the cluster
/// layer's conventions for third-party controllers). It sets only values the chart is known to take
/// (the chart's README of IKO 3.3 and InterSystems' install instructions): <c>operator.registry</c>,
/// <c>operator.repository</c> and <c>operator.tag</c>, <c>imagePullSecrets</c> as a list of names, and
/// <c>useIrisFsGroup</c> (see <see cref="OperatorConfig.UseIrisFsGroup"/>).
/// </summary>
public static class OperatorRelease
{
    /// <summary>The release's inputs: its chart and version, namespace and values.</summary>
    public static MapValue Inputs(OperatorConfig config, string pullSecret)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(pullSecret);
        var (registry, repository, tag) = Split(config.Image);
        return MapValue.Of(
            ("compat", "true"),
            ("name", config.ReleaseName),
            ("chart", config.Chart.Chart),
            ("version", config.Chart.Version is { } version ? (Value)version : null),
            ("namespace", config.Namespace),
            ("cleanupOnFail", true),
            ("values", MapValue.Of(
                ("operator", MapValue.Of(("registry", registry), ("repository", repository), ("tag", tag))),
                ("imagePullSecrets", ListValue.Of(MapValue.Of(("name", pullSecret)))),
                ("useIrisFsGroup", config.UseIrisFsGroup))));
    }

    /// <summary>
    /// <c>containers.intersystems.com/intersystems/iris-operator-amd:3.6.7.100</c> as the chart takes
    /// it: registry <c>containers.intersystems.com/intersystems</c> (the part before the last slash;
    /// InterSystems' example is <c>docker.acme.com/kubernetes</c>), repository and tag.
    /// </summary>
    public static (string Registry, string Repository, string Tag) Split(string image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var slash = image.LastIndexOf('/');
        var colon = image.LastIndexOf(':');
        if (slash <= 0 || colon < slash)
        {
            throw new ArgumentException($"'{image}' is not registry/repository:tag.", nameof(image));
        }

        return (image[..slash], image[(slash + 1)..colon], image[(colon + 1)..]);
    }
}
