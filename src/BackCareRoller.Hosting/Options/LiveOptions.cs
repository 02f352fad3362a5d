using System.ComponentModel.DataAnnotations;

namespace BackCareRoller.Hosting.Options;

/// <summary>Limits and defaults of live sessions and their sensor connections.</summary>
public sealed class LiveOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "BackCare:Live";

    /// <summary>Largest WebSocket message or HTTP push body accepted, in bytes.</summary>
    /// <value>Default 65536 (a 250-sample batch is about 20 KB); range 1024–4194304.</value>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>Most samples one message may carry.</summary>
    /// <value>Default 500; range 1–10000.</value>
    [Range(1, 10_000)]
    public int MaxSamplesPerMessage { get; set; } = 500;

    /// <summary>Messages per second one sensor connection may send (a burst of one second is allowed).</summary>
    /// <value>Default 100; range 1–10000.</value>
    [Range(1, 10_000)]
    public int MaxMessagesPerSecond { get; set; } = 100;

    /// <summary>Samples per second one sensor may send; DESIGN.md section 5 allows up to 400 Hz.</summary>
    /// <value>Default 1000; range 25–100000.</value>
    [Range(25, 100_000)]
    public int MaxSamplesPerSecondPerSensor { get; set; } = 1000;

    /// <summary>Most live sessions at once.</summary>
    /// <value>Default 500; range 1–100000.</value>
    [Range(1, 100_000)]
    public int MaxConcurrentSessions { get; set; } = 500;

    /// <summary>A pushed-sample session with no samples for this long is closed and saved.</summary>
    /// <value>Default 5 minutes; range 10 s–1 day.</value>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Events queued for one viewer before the oldest speed and statistics events are dropped (alerts never are).</summary>
    /// <value>Default 256; range 16–65536.</value>
    [Range(16, 65_536)]
    public int ViewerQueueCapacity { get; set; } = 256;

    /// <summary>When set (<c>--record</c>), every live session's samples are also written to this recording CSV; later sessions get their id appended.</summary>
    /// <value>Default empty (no recording).</value>
    public string? RecordPath { get; set; }

    /// <summary>Standing height assumed when a session does not say, in cm.</summary>
    /// <value>Default 175; range 100–230.</value>
    [Range(100.0, 230.0)]
    public double DefaultHeightCm { get; set; } = 175;

    /// <summary>Roller diameter assumed when a session does not say, in cm (DESIGN.md section 3: 15 cm default).</summary>
    /// <value>Default 15; range 5–30.</value>
    [Range(5.0, 30.0)]
    public double DefaultRollerDiameterCm { get; set; } = 15;
}
