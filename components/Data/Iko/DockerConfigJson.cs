using System.Text.Encodings.Web;
using System.Text.Json;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Iko;

/// <summary>
/// The <c>.dockerconfigjson</c> of a <c>kubernetes.io/dockerconfigjson</c> Secret:
/// <c>{"auths":{"&lt;server&gt;":{"username":…,"password":…}}}</c>, always a secret. The kubelet
/// reads username and password when the entry has no <c>auth</c> field (DockerConfigEntry's
/// UnmarshalJSON in kubernetes' credentialprovider), so no base64 of the plaintext is needed and the
/// credentials can stay secret inputs. Known plaintext is JSON-escaped; a component's input is
/// inserted as given, so it must not contain <c>"</c> or <c>\</c> (registry tokens do not).
/// </summary>
public static class DockerConfigJson
{
    /// <summary>The Secret type the kubelet reads pull credentials from.</summary>
    public const string SecretType = "kubernetes.io/dockerconfigjson";

    /// <summary>The data key of that Secret type.</summary>
    public const string Key = ".dockerconfigjson";

    /// <summary>The document for <paramref name="server"/>, as a secret interpolation of the two credentials.</summary>
    public static SecretValue Render(string server, RegistryCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(credentials);
        return new SecretValue(InterpolationValue.Of(
            $"{{\"auths\":{{{Quoted(server)}:{{\"username\":\"",
            Escaped(credentials.Username),
            "\",\"password\":\"",
            Escaped(credentials.Password),
            "\"}}}"));
    }

    // JsonEncodedText needs no reflection, which the trimmed tool has turned off.
    private static string Quoted(string text) => $"\"{Encoded(text)}\"";

    private static string Encoded(string text) => JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();

    private static SecretValue Escaped(SecretValue secret) =>
        secret.Inner is StringValue { Value: var plain } ? new SecretValue(new StringValue(Encoded(plain))) : secret;
}
