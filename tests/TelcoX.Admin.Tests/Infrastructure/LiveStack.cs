using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace TelcoX.Admin.Tests.Infrastructure;

/// <summary>
/// The real API (fresh SQLite file with the demo data) and the real admin, each a process on a free loopback
/// port, plus headless Chromium. Shared by the end-to-end tests; everything is stopped by PID at the end.
/// </summary>
public sealed class LiveStack : IAsyncLifetime
{
    public const string AdminEmail = "admin@telcox.dev";
    public const string DemoPassword = "TelcoX-demo-2026";
    private const string DevelopmentApiKey = "DEVELOPMENT-ONLY-telcox-api-key-inventory-sync-0001";

    private readonly string database = Path.Combine(Path.GetTempPath(), $"telcox-admin-e2e-{Guid.NewGuid():N}.db");
    private readonly HttpClient http = new();
    private IPlaywright? playwright;

    public ServerProcess Api { get; private set; } = default!;
    public ServerProcess Admin { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Api = await ServerProcess.StartAsync("TelcoX.GraphQL", "/health", new Dictionary<string, string>
        {
            ["ConnectionStrings__TelcoX"] = $"Data Source={database}",
            // Every test signs in: the login budgets are for guessers, not for this suite.
            ["Auth__LoginLimits__FailuresBeforeBackoff"] = "1000",
            ["Auth__LoginLimits__PerClient"] = "1000",
        });
        Admin = await StartAdminAsync(Api.BaseUrl + "/graphql");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = E2EFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>Another admin process, for instance one pointed at an API that is down.</summary>
    public static Task<ServerProcess> StartAdminAsync(string apiUrl) =>
        ServerProcess.StartAsync("TelcoX.Admin", "/account/signin", new Dictionary<string, string> { ["TelcoX__ApiUrl"] = apiUrl });

    /// <summary>A fresh browser context (no cookies), phone-sized or desktop.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            DeviceScaleFactor = 1,
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignedInPageAsync(string path = "/", bool phone = false)
    {
        var page = await NewPageAsync(phone);
        await SignInAsync(page, Admin.BaseUrl, AdminEmail, DemoPassword);
        await page.GotoAsync(Admin.BaseUrl + path);
        return page;
    }

    public static async Task SignInAsync(IPage page, string adminUrl, string email, string password)
    {
        await page.GotoAsync(adminUrl + "/account/signin");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>A GraphQL call straight to the API, as another system would make it (the development AGENT key).</summary>
    public async Task<JsonElement> ApiAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Api.BaseUrl + "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Add("X-API-Key", DevelopmentApiKey);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (body.TryGetProperty("errors", out var errors))
            throw new InvalidOperationException("API call failed: " + errors);
        return body.GetProperty("data");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        playwright?.Dispose();
        if (Admin is not null)
            await Admin.DisposeAsync();
        if (Api is not null)
            await Api.DisposeAsync();
        http.Dispose();
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(database) + "*"))
            File.Delete(file);
    }
}

[CollectionDefinition(Name)]
public sealed class LiveStackCollection : ICollectionFixture<LiveStack>
{
    public const string Name = "Live stack";
}
