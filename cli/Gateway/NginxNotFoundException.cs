namespace IrisStack.Cli.Gateway;

/// <summary>The nginx binary is not installed (or not where <c>IRISSTACK_NGINX</c> points).</summary>
public sealed class NginxNotFoundException : Exception
{
    /// <summary>Creates the exception with the standard explanation.</summary>
    public NginxNotFoundException()
        : base("nginx is not installed (not on PATH nor in /usr/sbin, /usr/local/sbin, /usr/local/nginx/sbin). Fix: run scripts/install-test-deps (or 'apt-get install nginx'), or set IRISSTACK_NGINX to the nginx binary.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public NginxNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public NginxNotFoundException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
