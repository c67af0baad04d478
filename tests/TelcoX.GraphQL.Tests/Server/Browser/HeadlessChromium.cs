using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace TelcoX.GraphQL.Tests.Server.Browser;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium, which scripts/chromium.sh installs) driven by Playwright,
/// which never downloads a browser here. Every request the page makes, websockets included, is
/// recorded; any that would leave 127.0.0.1 is recorded and aborted, so nothing goes out.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly ConcurrentQueue<string> requests = new();
    private readonly ConcurrentQueue<string> blocked = new();
    private readonly ConcurrentQueue<string> frames = new();

    private HeadlessChromium(IPlaywright playwright, IBrowser browser, IPage page)
    {
        this.playwright = playwright;
        this.browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Every URL the page asked for (documents, scripts, fonts, fetches, workers, websockets).</summary>
    public IReadOnlyCollection<string> Requests => requests;

    /// <summary>Requests for anything but 127.0.0.1, refused before they left.</summary>
    public IReadOnlyCollection<string> Blocked => blocked;

    /// <summary>
    /// The page's websocket frames both ways and their closes, for a failure to say who ended a subscription
    /// (it once ended before its event under stress-ng, with nothing else to tell why).
    /// </summary>
    public IReadOnlyCollection<string> Frames => frames;

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"{ExecutablePath} is missing: run scripts/chromium.sh install (scripts/test.sh does).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            // Banana Cake Pop's service worker, once installed, reloads the page: a subscription running in it then
            // ends before its event (seen as a flaky timeout; the recorded frames and requests showed the reload).
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        context.SetDefaultTimeout(60_000); // a shared 2-core machine loads the IDE in 10 s or more
        var chromium = new HeadlessChromium(playwright, browser, await context.NewPageAsync());
        context.Request += (_, request) => chromium.requests.Enqueue(request.Url);
        chromium.Page.WebSocket += (_, socket) =>
        {
            chromium.requests.Enqueue(socket.Url);
            socket.FrameSent += (_, frame) => chromium.frames.Enqueue($"{Clock()} → {Short(frame.Text)}");
            socket.FrameReceived += (_, frame) => chromium.frames.Enqueue($"{Clock()} ← {Short(frame.Text)}");
            socket.Close += (_, _) => chromium.frames.Enqueue($"{Clock()} closed {socket.Url}");
            socket.SocketError += (_, error) => chromium.frames.Enqueue($"{Clock()} error {error}");
        };
        await context.RouteAsync("**/*", async route =>
        {
            if (IsLoopback(route.Request.Url))
                await route.ContinueAsync();
            else
            {
                chromium.blocked.Enqueue(route.Request.Url);
                await route.AbortAsync();
            }
        });
        return chromium;
    }

    private static string Clock() => DateTime.UtcNow.ToString("HH:mm:ss.fff");

    private static string Short(string? text) => text is null ? "(binary)" : text.Length <= 200 ? text : text[..200] + "…";

    /// <summary>True for 127.0.0.1 and for what never touches the network (data:, blob:).</summary>
    public static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme is "data" or "blob" || uri.Host == "127.0.0.1");

    /// <summary>A screenshot into the test output folder, for a test that failed; returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestResults", $"{name}-{DateTime.UtcNow:HHmmss}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }
}
