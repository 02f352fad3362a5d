namespace BackCareRoller.Storage.Sql;

/// <summary>Devices are stored as one text column, one name per line (names never hold a line break).</summary>
internal static class DeviceList
{
    public static string Join(IReadOnlyList<string> devices)
    {
        foreach (var device in devices)
        {
            if (device.Contains('\n', StringComparison.Ordinal) || device.Contains('\r', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Device name '{device}' contains a line break.", nameof(devices));
            }
        }

        return string.Join('\n', devices);
    }

    public static IReadOnlyList<string> Split(string stored) =>
        stored.Length == 0 ? [] : stored.Split('\n');
}
