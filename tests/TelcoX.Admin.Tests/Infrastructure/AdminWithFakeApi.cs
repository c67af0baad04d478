using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.Admin.GraphQL;

namespace TelcoX.Admin.Tests.Infrastructure;

/// <summary>The real admin, in memory, whose generated client talks to a <see cref="FakeApi"/>.</summary>
public sealed partial class AdminWithFakeApi : WebApplicationFactory<Program>
{
    public FakeApi Api { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddScoped(_ => new TelcoXClient(Api)));

    public HttpClient CreateBrowserlessClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Posts the sign-in form as a browser would (antiforgery token from the page first).</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password, string query = "")
    {
        var form = await client.GetStringAsync("/account/signin" + query);
        return await client.PostAsync("/account/signin" + query, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups[1].Value,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
