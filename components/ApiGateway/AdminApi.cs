namespace IrisStack.Components.ApiGateway;

/// <summary>Where Kong's Admin API listens. It is never on a routable address: DB-less Kong needs no Admin API to load its config.</summary>
public enum AdminApi
{
    /// <summary><c>admin_listen = off</c>: no Admin API at all.</summary>
    Off,

    /// <summary><c>admin_listen = 127.0.0.1:8444 ssl</c>: reachable from inside the pod only (e.g. for kubectl exec diagnostics).</summary>
    Loopback,
}
