using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Server.Ide;
using TelcoX.GraphQL.Server.Subscriptions;

namespace TelcoX.GraphQL.Server.Tests;

/// <summary>
/// The library as an application registers and maps it, around <see cref="TinySchema"/>, on an in-memory
/// test server (no port at all). One per test class.
/// </summary>
public sealed class TinyServer : IAsyncLifetime
{
    /// <summary>Low enough for a test document to pass it without being large.</summary>
    public const int MaxFields = 5;

    private WebApplication? app;

    public WebApplication App => app ?? throw new InvalidOperationException("The server has not started.");
    public TestServer Server => App.GetTestServer();
    public Messages Messages => App.Services.GetRequiredService<Messages>();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["GraphQL:Limits:MaxFields"] = $"{MaxFields}" });
        builder.Services.AddSingleton<Messages>();
        builder.Services.AddGraphQL(graphql => graphql.AddSchema<TinySchema>().AddSystemTextJson());
        builder.Services.AddTelcoGraphQLLimits();
        builder.Services.AddTelcoIde();
        builder.Services.AddTelcoRealtime<TinySchema>(builder.Configuration);

        app = builder.Build();
        app.UseTelcoWebSockets();
        app.MapTelcoGraphQL();
        await app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }
}
