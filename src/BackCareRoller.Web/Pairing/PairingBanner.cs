namespace BackCareRoller.Web.Pairing;

/// <summary>What <c>backcare serve</c> prints once it listens: where to go, the token, and the phone's QR code.</summary>
public static class PairingBanner
{
    /// <summary>Writes the banner.</summary>
    /// <param name="output">The terminal.</param>
    /// <param name="links">The running server's links.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter output, PairingLinks links)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(links);
        output.WriteLine("BackCareRoller is running.");
        output.WriteLine($"  On this computer:      {links.LocalUrl}");
        output.WriteLine($"  Phone as a sensor:     {links.PhoneUrl()}");
        output.WriteLine($"  Sensor Logger push:    {links.SensorLoggerUrl()}");
        output.WriteLine($"  Pairing token:         {links.Token}" + (links.TokenGenerated ? "  (new each start; set BackCare:Serve:PairingToken to keep one)" : string.Empty));
        if (!links.IsLan)
        {
            output.WriteLine("  Only this computer can connect (127.0.0.1). To pair a phone on your Wi-Fi, restart with --lan.");
        }

        output.WriteLine("Scan with the phone's camera to open the phone page:");
        output.Write(QrCodes.ToTerminalText(links.PhoneUrl()));
        output.WriteLine("Press Ctrl+C to stop; running sessions are closed and saved.");
    }
}
