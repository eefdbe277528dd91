using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Components.ApiGateway;

/// <summary>The API gateway's rendered files.</summary>
/// <param name="KongYml">The declarative config, masked and with its secrets.</param>
/// <param name="KongConf">kong.conf (no secrets).</param>
public sealed record ApiGatewayFiles(KongDeclarativeConfig KongYml, string KongConf)
{
    /// <summary>The artifacts <c>irisstack render</c> writes: kong.yml masked, and kong.conf.</summary>
    public ImmutableArray<Artifact> Artifacts =>
        [new(ApiGatewayArtifacts.KongYmlPath, KongYml.Masked), new(ApiGatewayArtifacts.KongConfPath, KongConf)];
}
