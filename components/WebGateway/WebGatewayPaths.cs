namespace IrisStack.Components.WebGateway;

/// <summary>Where the Deployment mounts the rendered files inside the webgateway-nginx container.</summary>
public static class WebGatewayPaths
{
    /// <summary>
    /// nginx's own configuration file: the image's nginx lives in /opt/nginx (Running InterSystems
    /// Products in Containers, "Web Gateway images"), built with <c>--prefix=/opt/nginx</c> as the
    /// Web Gateway Guide's build steps show, so it reads conf/nginx.conf there.
    /// </summary>
    public const string NginxConf = "/opt/nginx/conf/nginx.conf";

    /// <summary>Folder of the CSP.ini Secret; <c>ISC_CSP_INI_FILE</c> points at the file in it.</summary>
    public const string ConfigDirectory = "/webgateway/config";

    /// <summary>Folder of the TLS Secret: tls.crt, tls.key and the IRIS CA ca.pem (IKO's key names).</summary>
    public const string TlsDirectory = "/webgateway/tls";

    /// <summary>A writable emptyDir for nginx's pid and temp files.</summary>
    public const string ScratchDirectory = "/tmp/webgateway";

    /// <summary>The Service port the API gateway connects to.</summary>
    public const int ServicePort = 443;
}
