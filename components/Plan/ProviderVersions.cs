using System.Collections.Immutable;

namespace IrisStack.Components.Plan;

/// <summary>
/// The provider plugin version of every package the stack registers, equal to the Pulumi.&lt;Package&gt;
/// NuGet versions in Directory.Packages.props (a test keeps them in step). A typed SDK resource
/// passes its package's version in its options (<c>Version = Utilities.Version</c>); a generic
/// registration must do so itself, or the engine may use whichever plugin version is installed.
/// </summary>
public static class ProviderVersions
{
    /// <summary>Our own component tokens (<c>iris:...</c>) live in no plugin.</summary>
    public const string OwnPackage = "iris";

    private const string ProviderPrefix = "pulumi:providers:";

    /// <summary>Package name to plugin version.</summary>
    public static ImmutableSortedDictionary<string, string> Packages { get; } = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
    [
        KeyValuePair.Create("aws", "7.48.0"),
        KeyValuePair.Create("eks", "4.3.0"),
        KeyValuePair.Create("kubernetes", "4.34.2"),
        KeyValuePair.Create("random", "4.21.2"),
        KeyValuePair.Create("tls", "5.6.1"),
    ]);

    /// <summary>The package of a type token: <c>aws</c> for <c>aws:kms/key:Key</c> and for <c>pulumi:providers:aws</c>.</summary>
    public static string PackageOf(string type) =>
        type.StartsWith(ProviderPrefix, StringComparison.Ordinal) ? type[ProviderPrefix.Length..] : type.Split(':')[0];

    /// <summary>
    /// The plugin version for a type token, null for our own components. Throws
    /// <see cref="InvalidOperationException"/> for a package without a pinned version.
    /// </summary>
    public static string? For(string type)
    {
        var package = PackageOf(type);
        if (package == OwnPackage)
        {
            return null;
        }

        return Packages.TryGetValue(package, out var version) ? version
            : throw new InvalidOperationException(
                $"'{type}' belongs to the package '{package}', which has no pinned plugin version. Reference its Pulumi SDK package in Directory.Packages.props and add the same version to {nameof(ProviderVersions)}.");
    }
}
