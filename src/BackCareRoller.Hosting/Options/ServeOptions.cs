using System.ComponentModel.DataAnnotations;
using System.Net;

namespace BackCareRoller.Hosting.Options;

/// <summary>Where and how <c>backcare serve</c> listens, and the pairing token that guards it.</summary>
public sealed class ServeOptions : IValidatableObject
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "BackCare:Serve";

    /// <summary>The default address: loopback only, so nothing on the network can reach the service by accident.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Addresses to listen on, separated by semicolons.</summary>
    /// <value>Default <c>http://127.0.0.1:5080</c>. Any address other than loopback needs <see cref="AllowLan"/>.</value>
    [Required]
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>Allows listening on a non-loopback address so a phone on the LAN can connect.</summary>
    /// <value>Default false.</value>
    public bool AllowLan { get; set; }

    /// <summary>The token every ingestion and data endpoint requires; generated at start when empty.</summary>
    /// <value>Default empty (generated). When set: 16–128 characters of A–Z, a–z, 0–9, '-' or '_'.</value>
    [RegularExpression("^[A-Za-z0-9_-]{16,128}$", ErrorMessage = "BackCare:Serve:PairingToken must be 16-128 characters of A-Z, a-z, 0-9, '-' or '_'.")]
    public string? PairingToken { get; set; }

    /// <summary>The base URL a phone should open (e.g. behind a reverse proxy); derived from the bound address when empty.</summary>
    /// <value>Default empty.</value>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var url in Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                yield return new ValidationResult($"BackCare:Serve:Urls: '{url}' is not an http:// or https:// address.", [nameof(Urls)]);
            }
            else if (!AllowLan && !IsLoopback(uri))
            {
                yield return new ValidationResult(
                    $"BackCare:Serve:Urls: '{url}' is reachable from the network; pass --lan (BackCare:Serve:AllowLan=true) to serve phones on the LAN.",
                    [nameof(Urls)]);
            }
        }
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}
