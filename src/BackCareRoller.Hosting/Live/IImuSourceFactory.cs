using System.Diagnostics.CodeAnalysis;
using BackCareRoller.Sources;

namespace BackCareRoller.Hosting.Live;

/// <summary>Creates the sample source a new session asked for.</summary>
public interface IImuSourceFactory
{
    /// <summary>Creates a source.</summary>
    /// <param name="request">The choice.</param>
    /// <param name="source">The source when the result is true.</param>
    /// <param name="reason">A readable reason when it is false.</param>
    /// <returns>True when the source could be created.</returns>
    bool TryCreate(SourceRequest request, [NotNullWhen(true)] out IImuSource? source, out string reason);
}
