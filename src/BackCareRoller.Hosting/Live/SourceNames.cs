using System.Text.Json;
using BackCareRoller.Sources;

namespace BackCareRoller.Hosting.Live;

/// <summary>The snake_case names of source kinds, as stored with sessions and shown in the web app.</summary>
public static class SourceNames
{
    private static readonly string[] Names = [.. Enum.GetValues<ImuSourceKind>().Select(k => JsonNamingPolicy.SnakeCaseLower.ConvertName(k.ToString()))];

    /// <summary>The name of <paramref name="kind"/>, e.g. <c>sensor_logger</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its name.</returns>
    public static string Of(ImuSourceKind kind) => Names[(int)kind];
}
