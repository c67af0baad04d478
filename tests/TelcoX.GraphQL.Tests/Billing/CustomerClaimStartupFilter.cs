using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Tests.Billing;

/// <summary>
/// Test-only sign-in until authentication lands: a request with <c>X-Test-Customer-Id</c> runs as a
/// CUSTOMER user of that customer (the <c>customer_id</c> claim); without it, as before.
/// </summary>
public sealed class CustomerClaimStartupFilter : IStartupFilter
{
    public const string Header = "X-Test-Customer-Id";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var customerId))
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(MutationContext.CustomerIdClaim, customerId.ToString())], "Test"));
            return nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>The same API and database, with the filter in front.</summary>
    public static WebApplicationFactory<Program> Around(WebApplicationFactory<Program> api) =>
        api.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, CustomerClaimStartupFilter>()));

    public static HttpClient ClientAs(WebApplicationFactory<Program> signedIn, int customerId)
    {
        var client = signedIn.CreateClient();
        client.DefaultRequestHeaders.Add(Header, customerId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return client;
    }
}
