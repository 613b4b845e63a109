using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;

namespace FlowStudio.Infrastructure.Connections;

/// <summary>
/// Where this app's in-app sandboxes answer: <c>Sandbox:BaseUrl</c> when configured, else the server's own
/// first listening address with a wildcard host replaced by the loopback address.
/// </summary>
public sealed class SandboxAddress(IConfiguration configuration, IServer? server = null)
{
    public const string BaseUrlKey = "Sandbox:BaseUrl";

    /// <summary>Null when nothing is configured and the server listens nowhere yet (or there is no server).</summary>
    public Uri? Resolve()
    {
        if (configuration[BaseUrlKey] is { Length: > 0 } configured)
        {
            return WithSlash(new Uri(configured, UriKind.Absolute));
        }

        var addresses = server?.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.Count == 0)
        {
            return null;
        }

        // Loopback over plain HTTP when the server offers it: no certificate to trust for a call to ourselves.
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.First();
        return WithSlash(Loopback(address));
    }

    internal static Uri Loopback(string address)
    {
        var schemeEnd = address.IndexOf("://", StringComparison.Ordinal) + 3;
        var hostEnd = address.LastIndexOf(':');
        var host = hostEnd > schemeEnd ? address[schemeEnd..hostEnd] : address[schemeEnd..].TrimEnd('/');
        var loopback = host is "0.0.0.0" or "[::]" or "+" or "*" or "localhost" ? "127.0.0.1" : host;
        return new Uri(address[..schemeEnd] + loopback + (hostEnd > schemeEnd ? address[hostEnd..] : ""));
    }

    private static Uri WithSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
