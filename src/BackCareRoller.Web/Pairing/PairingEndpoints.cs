using BackCareRoller.Web.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BackCareRoller.Web.Pairing;

/// <summary>The pairing page's data: links, the phone QR code, and the BLE device list (filled in by issue 7).</summary>
internal static class PairingEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/pairing", (PairingLinks links) => Results.Json(
            new PairingInfo(links.BaseUrl, links.PhoneUrl(), links.SensorLoggerUrl(), links.IsLan, ["simulator", "phone", "sensor_logger", "replay", "ble"]),
            WebJsonContext.Default.PairingInfo));
        app.MapGet("/api/pairing/qr.svg", (PairingLinks links, string? session, string? role) =>
            Results.Text(QrCodes.ToSvg(links.PhoneUrl(session, role)), "image/svg+xml"));
        app.MapGet("/api/ble/devices", () => Results.Json((IReadOnlyList<BleDevice>)[], WebJsonContext.Default.IReadOnlyListBleDevice));
    }
}
