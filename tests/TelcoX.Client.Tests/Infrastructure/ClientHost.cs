using Microsoft.Extensions.DependencyInjection;
using TelcoX.Client.Tests.GraphQL;

namespace TelcoX.Client.Tests.Infrastructure;

/// <summary>A generated client resolved from DI as an app would (AddTelcoXClient + a scoped token provider), in its own scope.</summary>
public sealed class ClientHost : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly AsyncServiceScope scope;

    public ClientHost(Uri endpoint, string? token = null, Action<GraphQLClientOptions>? configure = null)
    {
        services = new ServiceCollection()
            .AddTelcoXClient(options =>
            {
                options.Endpoint = endpoint;
                options.RequestTimeout = TimeSpan.FromSeconds(20);
                configure?.Invoke(options);
            })
            .AddScoped<IAccessTokenProvider>(_ => new StaticAccessTokenProvider(token))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        scope = services.CreateAsyncScope();
        Client = scope.ServiceProvider.GetRequiredService<TelcoXClient>();
    }

    public TelcoXClient Client { get; }

    public const string AdminEmail = "admin@telcox.dev";
    public const string DemoPassword = "TelcoX-demo-2026";

    /// <summary>Signs in through the generated Login mutation and returns a client carrying the JWT.</summary>
    public static async Task<ClientHost> SignedInAsync(Uri endpoint, string email = AdminEmail)
    {
        await using var anonymous = new ClientHost(endpoint);
        var login = (await anonymous.Client.LoginAsync(email, DemoPassword)).EnsureData().Login;
        Assert.Null(login.Errors);
        return new ClientHost(endpoint, login.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await services.DisposeAsync();
    }
}
