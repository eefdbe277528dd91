namespace IrisStack.Components.WebGateway;

/// <summary>How an application path spreads requests over its IRIS servers (CSP.ini <c>Alternative_Servers</c>).</summary>
public enum AlternativeServers
{
    /// <summary>Requests are spread over all servers (<c>LoadBalancing</c>).</summary>
    LoadBalancing,

    /// <summary>The first server takes everything; the others are used when it fails (<c>FailOver</c>).</summary>
    FailOver,
}
