using System.Diagnostics.CodeAnalysis;
using BackCareRoller.Sources;
using BackCareRoller.Sources.Live;

namespace BackCareRoller.Hosting.Live;

/// <summary>The sources this build can create: pushed sources (phone, Sensor Logger, BLE relay).</summary>
internal sealed class ImuSourceFactory : IImuSourceFactory
{
    public bool TryCreate(SourceRequest request, [NotNullWhen(true)] out IImuSource? source, out string reason)
    {
        ArgumentNullException.ThrowIfNull(request);
        source = null;
        reason = string.Empty;
        switch (request.Kind)
        {
            case ImuSourceKind.Phone or ImuSourceKind.SensorLogger or ImuSourceKind.Ble:
                source = new LiveSampleFeed(request.Kind);
                return true;
            default:
                reason = $"The {request.Kind} source is not available in this build.";
                return false;
        }
    }
}
