using System.Buffers;
using System.Net.WebSockets;
using BackCareRoller.Core.Samples;
using BackCareRoller.Hosting.Limits;
using BackCareRoller.Hosting.Live;
using BackCareRoller.Hosting.Options;
using BackCareRoller.Sources.Live;
using BackCareRoller.Sources.Phone;

namespace BackCareRoller.Web.Phone;

/// <summary>
/// One sensor's WebSocket: reads frames within the size and rate limits, maps the phone clock to session time
/// and pushes the samples into the session. A bad frame gets an error frame and is counted; it never ends the
/// connection. Only a frame over the size limit closes it (1009), since the rest of it cannot be read safely.
/// </summary>
internal sealed class SensorConnection(WebSocket socket, LiveSession session, LiveSampleFeed feed, SensorRole role, LiveOptions limits, TimeProvider time)
{
    private static readonly TimeSpan StatusInterval = TimeSpan.FromSeconds(1);

    private readonly ArrayBufferWriter<byte> _output = new(256);
    private readonly TokenBucket _messages = new(limits.MaxMessagesPerSecond, limits.MaxMessagesPerSecond, time);
    private readonly TokenBucket _samples = new(limits.MaxSamplesPerSecondPerSensor, Math.Max(limits.MaxSamplesPerSecondPerSensor, limits.MaxSamplesPerMessage), time);
    private SensorClock _clock;
    private long _lastStatus;
    private long _lastRateLimitError = long.MinValue;

    public long Received { get; private set; }

    public long Dropped { get; private set; }

    public long Malformed { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, session.Ending);
        var buffer = ArrayPool<byte>.Shared.Rent(limits.MaxMessageBytes + 1);
        var readings = ArrayPool<PhoneReading>.Shared.Rent(limits.MaxSamplesPerMessage);
        var samples = ArrayPool<ImuSample>.Shared.Rent(limits.MaxSamplesPerMessage);
        _lastStatus = time.GetTimestamp();
        try
        {
            while (true)
            {
                // Read one whole message, refusing it once it passes the size limit.
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(length, limits.MaxMessageBytes + 1 - length), ending.Token).ConfigureAwait(false);
                    length += result.Count;
                }
                while (!result.EndOfMessage && length <= limits.MaxMessageBytes);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None).ConfigureAwait(false);
                    return;
                }

                if (length > limits.MaxMessageBytes)
                {
                    CountMalformed();
                    await SendErrorAsync("too_big", $"A message may carry at most {limits.MaxMessageBytes} bytes; send smaller batches.", ending.Token).ConfigureAwait(false);
                    await socket.CloseAsync(WebSocketCloseStatus.MessageTooBig, "message too big", ending.Token).ConfigureAwait(false);
                    return;
                }

                await HandleMessageAsync(result.MessageType, buffer.AsMemory(0, length), readings.AsMemory(0, limits.MaxSamplesPerMessage), samples, ending.Token).ConfigureAwait(false);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            // The phone went away or the session ended.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<PhoneReading>.Shared.Return(readings);
            ArrayPool<ImuSample>.Shared.Return(samples);
            if (session.Ended.IsCompleted && socket.State == WebSocketState.Open)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "session ended", CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task HandleMessageAsync(WebSocketMessageType type, ReadOnlyMemory<byte> message, Memory<PhoneReading> readings, ImuSample[] samples, CancellationToken cancellationToken)
    {
        // Over the message rate: drop unread, and say so at most once a second.
        if (!_messages.TryTake(1))
        {
            await RateLimitedAsync(0, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (type != WebSocketMessageType.Text)
        {
            CountMalformed();
            await SendErrorAsync("malformed", "Send JSON text frames, not binary.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var status = PhoneFrameParser.Parse(message.Span, readings.Span, out var count, out var reason);
        switch (status)
        {
            case PhoneFrameStatus.Ping:
                _output.ResetWrittenCount();
                SensorFrames.WritePong(_output);
                await socket.SendAsync(_output.WrittenMemory, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
                return;
            case PhoneFrameStatus.Malformed or PhoneFrameStatus.TooManySamples or PhoneFrameStatus.OutOfRange:
                CountMalformed();
                var code = status switch
                {
                    PhoneFrameStatus.TooManySamples => "too_many_samples",
                    PhoneFrameStatus.OutOfRange => "out_of_range",
                    _ => "malformed",
                };
                await SendErrorAsync(code, reason, cancellationToken).ConfigureAwait(false);
                return;
        }

        if (count == 0)
        {
            return;
        }

        if (!_samples.TryTake(count))
        {
            await RateLimitedAsync(count, cancellationToken).ConfigureAwait(false);
            return;
        }

        // The first batch anchors the phone clock: its newest sample arrived just now.
        var read = readings.Span[..count];
        _clock.AnchorIfNeeded(read[0].TimestampMilliseconds / 1000.0, read[^1].TimestampMilliseconds / 1000.0, session.Elapsed);
        var accepted = 0;
        foreach (ref readonly var reading in read)
        {
            if (_clock.TryMap(reading.TimestampMilliseconds / 1000.0, out var sessionTime))
            {
                samples[accepted++] = new ImuSample(sessionTime, role, reading.Acceleration, reading.AngularVelocity);
            }
        }

        if (accepted < count)
        {
            CountDropped(count - accepted);
        }

        if (!feed.Post(samples.AsSpan(0, accepted)))
        {
            return;
        }

        Received += accepted;
        if (time.GetElapsedTime(_lastStatus) >= StatusInterval)
        {
            _lastStatus = time.GetTimestamp();
            _output.ResetWrittenCount();
            SensorFrames.WriteStatus(_output, Received, Dropped, Malformed);
            await socket.SendAsync(_output.WrittenMemory, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RateLimitedAsync(int samplesDropped, CancellationToken cancellationToken)
    {
        if (samplesDropped > 0)
        {
            CountDropped(samplesDropped);
        }

        var now = time.GetTimestamp();
        if (_lastRateLimitError != long.MinValue && time.GetElapsedTime(_lastRateLimitError, now) < StatusInterval)
        {
            return;
        }

        _lastRateLimitError = now;
        await SendErrorAsync("rate_limited",
            $"Too fast: at most {limits.MaxMessagesPerSecond} messages and {limits.MaxSamplesPerSecondPerSensor} samples per second per sensor.",
            cancellationToken).ConfigureAwait(false);
    }

    private Task SendErrorAsync(string code, string message, CancellationToken cancellationToken)
    {
        _output.ResetWrittenCount();
        SensorFrames.WriteError(_output, code, message);
        return socket.SendAsync(_output.WrittenMemory, WebSocketMessageType.Text, true, cancellationToken).AsTask();
    }

    private void CountMalformed()
    {
        Malformed++;
        session.CountMalformed();
    }

    private void CountDropped(long count)
    {
        Dropped += count;
        session.CountDropped(count);
    }
}
