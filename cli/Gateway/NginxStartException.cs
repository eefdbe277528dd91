namespace IrisStack.Cli.Gateway;

/// <summary>nginx passed <c>nginx -t</c> but did not come up (e.g. the listen address is in use); the message carries nginx's output.</summary>
public sealed class NginxStartException : Exception
{
    /// <summary>Creates the exception without details.</summary>
    public NginxStartException()
        : base("nginx did not start.")
    {
    }

    /// <summary>Creates the exception with nginx's output.</summary>
    public NginxStartException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public NginxStartException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
