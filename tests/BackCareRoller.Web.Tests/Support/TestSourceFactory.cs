using System.Diagnostics.CodeAnalysis;
using BackCareRoller.Hosting.Live;
using BackCareRoller.Sources;
using BackCareRoller.Sources.Live;

namespace BackCareRoller.Web.Tests.Support;

/// <summary>Every kind becomes a pushed feed, so a test drives even a "simulator" session sample by sample.</summary>
internal sealed class TestSourceFactory : IImuSourceFactory
{
    public bool TryCreate(SourceRequest request, [NotNullWhen(true)] out IImuSource? source, out string reason)
    {
        source = new LiveSampleFeed(request.Kind);
        reason = string.Empty;
        return true;
    }
}
