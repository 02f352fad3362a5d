using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using BackCareRoller.Hosting.Options;
using BackCareRoller.Hosting.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace BackCareRoller.Web.Pairing;

/// <summary>The URLs a user opens: this computer's pairing page, the phone page and Sensor Logger's push URL, each with the token.</summary>
public sealed class PairingLinks
{
    private readonly IServer _server;
    private readonly ServeOptions _serve;
    private readonly PairingToken _token;

    /// <summary>Creates the links for the running server.</summary>
    /// <param name="server">The Kestrel server (its bound addresses, port 0 resolved).</param>
    /// <param name="serve">Serve options.</param>
    /// <param name="token">The pairing token.</param>
    public PairingLinks(IServer server, IOptions<ServeOptions> serve, PairingToken token)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(serve);
        _server = server;
        _serve = serve.Value;
        _token = token;
    }

    /// <summary>The pairing token.</summary>
    public string Token => _token.Value;

    /// <summary>True when the token was generated at start.</summary>
    public bool TokenGenerated => _token.IsGenerated;

    /// <summary>True when the service listens beyond loopback (a phone can reach it).</summary>
    public bool IsLan => Addresses.Any(address => !IsLoopback(address));

    /// <summary>The base URL for a phone: the public URL if configured, else the LAN address, else the first bound one.</summary>
    public string BaseUrl
    {
        get
        {
            if (!string.IsNullOrEmpty(_serve.PublicBaseUrl))
            {
                return _serve.PublicBaseUrl.TrimEnd('/');
            }

            var address = Addresses.FirstOrDefault(a => !IsLoopback(a)) ?? Addresses.FirstOrDefault() ?? ServeOptions.DefaultUrls;
            var uri = new UriBuilder(address.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal));
            if (uri.Host is "0.0.0.0" or "[::]" or "::")
            {
                uri.Host = LanAddress()?.ToString() ?? "127.0.0.1";
            }

            return uri.Uri.GetLeftPart(UriPartial.Authority);
        }
    }

    /// <summary>This computer's view: the pairing page.</summary>
    public string LocalUrl
    {
        get
        {
            var address = Addresses.FirstOrDefault() ?? ServeOptions.DefaultUrls;
            var uri = new UriBuilder(address.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal));
            if (uri.Host is "0.0.0.0" or "[::]" or "::")
            {
                uri.Host = "127.0.0.1";
            }

            return $"{uri.Uri.GetLeftPart(UriPartial.Authority)}/?token={Token}";
        }
    }

    /// <summary>The phone page, optionally joined to a session in a role.</summary>
    /// <param name="sessionId">The session to join, or null to let the phone start one.</param>
    /// <param name="role">roller or body.</param>
    /// <returns>The URL.</returns>
    public string PhoneUrl(string? sessionId = null, string? role = null)
    {
        var url = $"{BaseUrl}/phone.html?token={Token}";
        if (sessionId is not null)
        {
            url += $"&session={Uri.EscapeDataString(sessionId)}";
        }

        if (role is not null)
        {
            url += $"&role={role}";
        }

        return url;
    }

    /// <summary>The URL to paste into Sensor Logger's HTTP push setting.</summary>
    /// <param name="sessionId">A session to join, or null for one session per Sensor Logger recording.</param>
    /// <returns>The URL.</returns>
    public string SensorLoggerUrl(string? sessionId = null) =>
        $"{BaseUrl}/api/sensorlogger?token={Token}&role=body" + (sessionId is null ? string.Empty : $"&session={Uri.EscapeDataString(sessionId)}");

    private ICollection<string> Addresses => _server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];

    private static bool IsLoopback(string address)
    {
        var normalised = address.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        return Uri.TryCreate(normalised, UriKind.Absolute, out var uri)
            && (uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip)));
    }

    private static IPAddress? LanAddress()
    {
        // The first IPv4 address of an interface that is up and not loopback: what a phone on the same Wi-Fi can reach.
        foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            if (nic.OperationalStatus != OperationalStatus.Up || nic.NetworkInterfaceType == NetworkInterfaceType.Loopback)
            {
                continue;
            }

            foreach (var unicast in nic.GetIPProperties().UnicastAddresses)
            {
                if (unicast.Address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(unicast.Address))
                {
                    return unicast.Address;
                }
            }
        }

        return null;
    }
}
