namespace IrisStack.Components.Data.Security;

/// <summary>What the merge files need besides the security settings: facts of other layers and the password hashes.</summary>
/// <param name="WebGatewayUsername">The IRIS account the Web Gateway logs in with (<c>webGateway.iris.username</c>).</param>
/// <param name="MirrorSetName">The mirror the data tier forms (IKO's <c>IRISMIRROR1</c>); null when the data tier is not mirrored.</param>
/// <param name="EcpServerName">The name compute nodes know the data server by (IKO's <c>IRIS-0</c>).</param>
/// <param name="Hashes">The password hashes (the seam).</param>
public sealed record MergeFileInputs(string WebGatewayUsername, string? MirrorSetName, string EcpServerName, AccountPasswordHashes Hashes);
