using System.Globalization;
using System.Text.Json;

namespace BackCareRoller.Web.Tests.Browser;

/// <summary>One page target: navigate, evaluate, wait for a condition inside the page, take screenshots.</summary>
internal sealed class ChromiumPage(Chromium browser, string sessionId)
{
    /// <summary>JavaScript run before any page script: records what the page asks speechSynthesis to say and vibrate.</summary>
    public const string SpeechAndVibrationHook = """
        window.__spoken = [];
        window.__vibrations = [];
        (() => {
          const synth = window.speechSynthesis || {};
          const original = synth.speak ? synth.speak.bind(synth) : null;
          try {
            Object.defineProperty(window, "speechSynthesis", { configurable: true, value: Object.assign(synth, {
              speak: (utterance) => { window.__spoken.push(utterance.text); try { if (original) { original(utterance); } } catch (_) {} },
              cancel: synth.cancel ? synth.cancel.bind(synth) : () => {}
            }) });
          } catch (_) {}
          navigator.vibrate = (pattern) => { window.__vibrations.push(pattern); return true; };
        })();
        """;

    public Task<JsonElement> SendAsync(string method, object? parameters = null) => browser.SendAsync(method, parameters, sessionId);

    public async Task UsePhoneScreenAsync() =>
        await SendAsync("Emulation.setDeviceMetricsOverride", new { width = 360, height = 740, deviceScaleFactor = 1, mobile = true });

    public async Task AddInitScriptAsync(string source) =>
        await SendAsync("Page.addScriptToEvaluateOnNewDocument", new { source });

    public async Task NavigateAsync(Uri url)
    {
        var loaded = browser.NextEventAsync("Page.loadEventFired", sessionId);
        await SendAsync("Page.navigate", new { url = url.ToString() });
        await loaded;
    }

    /// <summary>Arms a wait for the next page load (e.g. after a click that navigates).</summary>
    public Task NextLoadAsync() => browser.NextEventAsync("Page.loadEventFired", sessionId);

    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, awaitPromise = true, returnByValue = true });
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException($"Page script failed: {exception}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    /// <summary>Waits inside the page until <paramref name="condition"/> is truthy; fails with the condition's text after the timeout.</summary>
    public async Task<JsonElement> WaitForAsync(string condition, TimeSpan? timeout = null)
    {
        // The page gives up before the protocol call does, so a timeout names the condition.
        var milliseconds = ((timeout ?? Chromium.Timeout) - TimeSpan.FromSeconds(5)).TotalMilliseconds.ToString(CultureInfo.InvariantCulture);
        var quoted = JsonSerializer.Serialize(condition);
        return await EvaluateAsync($$"""
            new Promise((resolve, reject) => {
              const started = performance.now();
              const check = () => {
                let value;
                try { value = ({{condition}}); } catch (_) { value = false; }
                if (value) { resolve(value); return; }
                if (performance.now() - started > {{milliseconds}}) { reject(new Error("timed out waiting for " + {{quoted}})); return; }
                setTimeout(check, 20);
              };
              check();
            })
            """);
    }

    public async Task<string> ScreenshotAsync(string name, bool fullPage = false)
    {
        JsonElement shot;
        if (fullPage)
        {
            var metrics = await SendAsync("Page.getLayoutMetrics");
            var size = metrics.GetProperty("cssContentSize");
            shot = await SendAsync("Page.captureScreenshot", new
            {
                format = "png",
                captureBeyondViewport = true,
                clip = new { x = 0, y = 0, width = size.GetProperty("width").GetDouble(), height = size.GetProperty("height").GetDouble(), scale = 1 },
            });
        }
        else
        {
            shot = await SendAsync("Page.captureScreenshot", new { format = "png", captureBeyondViewport = false });
        }

        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.GetProperty("data").GetString()!));
        return path;
    }
}
