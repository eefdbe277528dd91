namespace IrisStack.Cli.Gateway;

/// <summary><c>nginx -t</c> rejected the rendered configuration; the message is nginx's own.</summary>
public sealed class NginxConfigException : Exception
{
    /// <summary>Creates the exception without details.</summary>
    public NginxConfigException()
        : base("nginx rejected the configuration.")
    {
    }

    /// <summary>Creates the exception with nginx's message.</summary>
    public NginxConfigException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public NginxConfigException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
