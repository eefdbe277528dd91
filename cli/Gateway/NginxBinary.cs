namespace IrisStack.Cli.Gateway;

/// <summary>Finds the system nginx: <c>IRISSTACK_NGINX</c>, then PATH, then /usr/sbin (not on a non-root PATH on Debian).</summary>
public static class NginxBinary
{
    /// <summary>The environment variable that overrides the search.</summary>
    public const string EnvironmentVariable = "IRISSTACK_NGINX";

    /// <summary>The path of the nginx binary; throws <see cref="NginxNotFoundException"/> when there is none.</summary>
    public static string Locate()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured
                : throw new NginxNotFoundException($"{EnvironmentVariable} points to '{configured}', which does not exist. Fix: set {EnvironmentVariable} to the nginx binary (e.g. /usr/sbin/nginx) or unset it to search PATH.");
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/usr/local/sbin", "/usr/local/nginx/sbin"]);
        return folders.Select(f => Path.Combine(f, "nginx")).FirstOrDefault(File.Exists) ?? throw new NginxNotFoundException();
    }
}
