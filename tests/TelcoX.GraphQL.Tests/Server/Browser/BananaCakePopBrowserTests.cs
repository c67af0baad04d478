using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TelcoX.GraphQL.Server.Subscriptions;
using TelcoX.GraphQL.Tests.Events;
using TelcoX.GraphQL.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TelcoX.GraphQL.Tests.Server.Browser;

/// <summary>
/// Banana Cake Pop as a developer uses it: the real API on a loopback port, the IDE opened at
/// GET /graphql in headless Chromium, a query run and its result shown, a subscription started and
/// an event shown after a mutation, and not one request leaving 127.0.0.1. The Development
/// configuration gives the IDE its API key (GraphQL:Ide:HttpHeaders), so nothing is typed in.
/// </summary>
public sealed class BananaCakePopBrowserTests(KestrelTelcoApi api, ITestOutputHelper output) : IClassFixture<KestrelTelcoApi>
{
    [BrowserFact]
    public async Task TheIdeRunsAQueryAndShowsASubscriptionEventWithoutLeavingLoopback()
    {
        using var http = new HttpClient { BaseAddress = api.GraphQLUrl };
        http.DefaultRequestHeaders.Add("X-API-Key", AuthenticatedClients.DevelopmentApiKey);
        var product = (await http.QueryDataAsync("{ products(first: 1) { nodes { id name } } }")).GetProperty("products").GetProperty("nodes")[0];
        var (productId, productName) = (product.GetProperty("id").GetInt32(), product.GetProperty("name").GetString()!);
        var quantity = Random.Shared.Next(100_000, 999_999); // a number nothing else on the page shows
        var clock = Stopwatch.StartNew();

        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = chromium.Page;
        try
        {
            await page.GotoAsync(api.GraphQLUrl.ToString());
            await page.GetByRole(AriaRole.Button, new() { Name = "Create Document" }).ClickAsync();
            await page.GetByText("Schema available").WaitForAsync(); // the IDE introspected this server
            output.WriteLine($"IDE open, schema introspected: {clock.ElapsedMilliseconds} ms");

            await RunAsync(page, "{ products(first: 1) { nodes { id name } } }", () => page.GetByText(productName).First.IsVisibleAsync());
            output.WriteLine($"query result shown ({productName}): {clock.ElapsedMilliseconds} ms");

            // Started means the server holds the subscription and the IDE shows it running (Run turned Cancel).
            var realtime = api.Services.GetRequiredService<RealtimeConnections>();
            await RunAsync(page, $"subscription {{ onInventoryChanged(productId: {productId}) {{ productId quantity }} }}",
                async () => realtime.Operations >= 1 && await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).First.IsVisibleAsync());
            await http.QueryDataAsync($"mutation {{ setInventory(input: {{ productId: {productId}, quantity: {quantity} }}) {{ inventory {{ quantity }} }} }}");
            await page.GetByText(quantity.ToString()).First.WaitForAsync();
            output.WriteLine($"subscription event shown (quantity {quantity}): {clock.ElapsedMilliseconds} ms");
        }
        catch (Exception failure) when (failure is PlaywrightException or TimeoutException)
        {
            var screenshot = await chromium.ScreenshotAsync(nameof(BananaCakePopBrowserTests));
            throw new Xunit.Sdk.XunitException($"{failure.Message}\nScreenshot: {screenshot}\nRequests:\n{string.Join('\n', chromium.Requests)}"
                + $"\nWebsocket frames:\n{string.Join('\n', chromium.Frames)}");
        }

        output.WriteLine($"{chromium.Requests.Count} requests, {chromium.Requests.Distinct().Count()} distinct URLs, hosts: {string.Join(", ", chromium.Requests.Select(Host).Distinct())}");
        Assert.Empty(chromium.Blocked);
        Assert.All(chromium.Requests, url => Assert.True(HeadlessChromium.IsLoopback(url), $"left 127.0.0.1: {url}"));
        Assert.Contains(chromium.Requests, url => url.StartsWith("ws://127.0.0.1:", StringComparison.Ordinal)); // the subscription's socket
    }

    /// <summary>The watch above can fail: a request for another host is caught (and aborted before it leaves).</summary>
    [BrowserFact]
    public async Task ARequestForAnotherHostIsCaught()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync();
        await chromium.Page.GotoAsync(new Uri(api.GraphQLUrl, "/graphql/bcp-config.json").ToString());

        await chromium.Page.EvaluateAsync("() => fetch('https://fonts.example.invalid/font.woff2').catch(() => null)");

        Assert.Equal(["https://fonts.example.invalid/font.woff2"], chromium.Blocked);
        Assert.Contains(chromium.Requests, url => !HeadlessChromium.IsLoopback(url));
    }

    /// <summary>
    /// Replaces the request editor's text and presses Run, as a person would, until <paramref name="started"/>
    /// holds. The IDE takes the editor's text a moment after it changes, and on a busy machine a keystroke can
    /// land before the editor has focus; so the text is checked before Run, and the whole is tried again
    /// until the new document has visibly started (a Run pressed too early runs the previous document).
    /// Run is only pressed while it reads Run: during a subscription the same button cancels it.
    /// </summary>
    private static async Task RunAsync(IPage page, string document, Func<Task<bool>> started)
    {
        var editor = page.Locator(".monaco-editor").First; // the Request editor, top left
        var run = page.GetByRole(AriaRole.Button, new() { Name = "Run" }).First; // the toolbar's Run
        var rootField = Regex.Match(document, @"\{\s*(\w+)").Groups[1].Value; // shows in the editor once the text is in
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            if (await WaitAsync(started, TimeSpan.FromSeconds(attempt == 1 ? 0 : 20)))
                return;
            await editor.ClickAsync();
            await editor.Locator("textarea").FocusAsync();
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.InsertTextAsync(document); // inserted, not typed: no auto-closed brackets
            if (!(await editor.Locator(".view-lines").InnerTextAsync()).Contains(rootField, StringComparison.Ordinal))
                continue;
            await Task.Delay(500); // the IDE's debounce before it takes the text
            await run.ClickAsync();
        }
        if (!await WaitAsync(started, TimeSpan.FromSeconds(20)))
            throw new TimeoutException($"Run did not start: {document}");
    }

    private static async Task<bool> WaitAsync(Func<Task<bool>> condition, TimeSpan patience)
    {
        for (var waited = Stopwatch.StartNew(); ; await Task.Delay(100))
        {
            if (await condition())
                return true;
            if (waited.Elapsed >= patience)
                return false;
        }
    }

    private static string Host(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Authority}" : url;
}
