using BackCareRoller.Core.CheckIns;

namespace BackCareRoller.Storage.Sql;

/// <summary>A check-in's places of pain as one text column: comma-separated <c>area</c> or <c>area:side</c>.</summary>
internal static class PainLocations
{
    public static string Join(IReadOnlyList<PainLocation> locations) =>
        string.Join(',', locations.Select(location =>
            location.Side is { } side ? $"{StorageNames.Of(location.Area)}:{StorageNames.Of(side)}" : StorageNames.Of(location.Area)));

    public static IReadOnlyList<PainLocation> Split(string stored)
    {
        if (stored.Length == 0)
        {
            return [];
        }

        var parts = stored.Split(',');
        var locations = new PainLocation[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var colon = parts[i].IndexOf(':', StringComparison.Ordinal);
            locations[i] = colon < 0
                ? new PainLocation(StorageNames.AreaFrom(parts[i]), null)
                : new PainLocation(StorageNames.AreaFrom(parts[i][..colon]), StorageNames.SideFrom(parts[i][(colon + 1)..]));
        }

        return locations;
    }
}
