using BackCareRoller.Hosting.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BackCareRoller.Web.Security;

/// <summary>
/// Guards every ingestion and data endpoint (<c>/api/*</c>, <c>/ws/*</c>) with the pairing token, given as the
/// <c>token</c> query parameter or an <c>Authorization: Bearer</c> header — on loopback too: another local user or
/// a web page in the browser must not read someone's sessions. No token: 401; a wrong one: 403.
/// The static pages carry no data and <c>/health</c> tells nothing, so they stay open.
/// </summary>
internal sealed class PairingTokenMiddleware(RequestDelegate next, PairingToken token, ILogger<PairingTokenMiddleware> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !path.StartsWithSegments("/ws", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        var presented = Presented(context.Request);
        if (presented.IsEmpty)
        {
            logger.TokenRefused(context.Request.Method, path.Value ?? string.Empty);
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Text("BackCareRoller needs the pairing token: open the link printed by `backcare serve`, or add ?token=… to the URL.", statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
        }

        if (!token.Matches(presented))
        {
            logger.TokenRefused(context.Request.Method, path.Value ?? string.Empty);
            return Results.Text("BackCareRoller refused the pairing token: it does not match the one `backcare serve` printed.", statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
        }

        return next(context);
    }

    private static ReadOnlySpan<char> Presented(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization.AsSpan(7).Trim();
        }

        return request.Query["token"].ToString().AsSpan();
    }
}
