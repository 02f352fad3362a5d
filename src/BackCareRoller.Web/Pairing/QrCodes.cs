using System.Text;
using QRCoder;

namespace BackCareRoller.Web.Pairing;

/// <summary>QR codes of pairing URLs: as text blocks for the terminal, as SVG for the pairing page.</summary>
public static class QrCodes
{
    /// <summary>
    /// Renders <paramref name="text"/> as a QR code of Unicode half blocks, two module rows per line. Light modules
    /// (and the quiet zone) are drawn, dark ones left blank, which reads correctly on the usual dark terminal.
    /// </summary>
    /// <param name="text">What to encode.</param>
    /// <returns>The lines of the code, each ending in a newline.</returns>
    public static string ToTerminalText(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.L);
        var modules = data.ModuleMatrix;
        var size = modules.Count;
        var output = new StringBuilder();
        for (var row = 0; row < size; row += 2)
        {
            for (var column = 0; column < size; column++)
            {
                var topLight = !modules[row][column];
                var bottomLight = row + 1 < size && !modules[row + 1][column];
                output.Append((topLight, bottomLight) switch
                {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    _ => ' ',
                });
            }

            output.Append('\n');
        }

        return output.ToString();
    }

    /// <summary>Renders <paramref name="text"/> as an SVG QR code, black on white.</summary>
    /// <param name="text">What to encode.</param>
    /// <returns>The SVG document.</returns>
    public static string ToSvg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(8);
    }
}
