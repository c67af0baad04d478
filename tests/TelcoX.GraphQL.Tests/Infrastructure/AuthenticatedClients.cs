using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Auth;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Tests.Infrastructure;

/// <summary>
/// <c>api.CreateClient(Role.Admin)</c>: a client that sends a bearer token from the real login mutation
/// (the Development demo users), fetched once per API and role; <c>api.CreateClient(customerId)</c> for
/// a CUSTOMER of any customer, with a token signed by the API's own issuer.
/// </summary>
public static class AuthenticatedClients
{
    public const string DevelopmentApiKey = "DEVELOPMENT-ONLY-telcox-api-key-inventory-sync-0001";
    private static readonly ConditionalWeakTable<WebApplicationFactory<Program>, ConcurrentDictionary<Role, Lazy<Task<string>>>> Tokens = new();

    public static HttpClient CreateClient(this WebApplicationFactory<Program> api, Role role)
    {
        if (role == Role.Anonymous)
            return api.CreateClient();
        if (role == Role.ApiKey)
        {
            var client = api.CreateClient();
            client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, DevelopmentApiKey);
            return client;
        }
        return api.CreateDefaultClient(new BearerTokenHandler(() => api.TokenAsync(role)));
    }

    /// <summary>The bearer token of a demo user (ADMIN, AGENT or CUSTOMER), from the real login, once per API and role.</summary>
    public static Task<string> TokenAsync(this WebApplicationFactory<Program> api, Role role)
    {
        if (role is Role.Anonymous or Role.ApiKey)
            throw new ArgumentException($"{role} signs in without a token.", nameof(role));
        var tokens = Tokens.GetValue(api, _ => new());
        return tokens.GetOrAdd(role, r => new Lazy<Task<string>>(() => LoginAsync(api, r))).Value;
    }

    /// <summary>A CUSTOMER user of <paramref name="customerId"/> (stored on first use: tokens of users who do not exist are refused), as login would sign them in.</summary>
    public static HttpClient CreateClient(this WebApplicationFactory<Program> api, int customerId)
    {
        var user = StoredUser(api, $"customer-{customerId}@example.test", UserRole.Customer, customerId);
        var token = api.Services.GetRequiredService<TokenIssuer>().Issue(user).Token;
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<string> LoginAsync(WebApplicationFactory<Program> api, Role role)
    {
        var email = role switch
        {
            Role.Admin => DemoUsers.AdminEmail,
            Role.Agent => DemoUsers.AgentEmail,
            _ => DemoUsers.CustomerEmail,
        };
        var response = await api.CreateClient().PostGraphQLAsync("mutation($input: LoginInput!) { login(input: $input) { token } }",
            new { input = new { email, password = DemoUsers.Password } });
        if (response.GetProperty("data").GetProperty("login").GetProperty("token").GetString() is { } token)
            return token;
        // A database without the demo users (the unseeded fixtures): the API's own issuer signs one.
        var userRole = role switch { Role.Admin => UserRole.Admin, Role.Agent => UserRole.Agent, _ => UserRole.Customer };
        return api.Services.GetRequiredService<TokenIssuer>().Issue(StoredUser(api, email, userRole, customerId: null)).Token;
    }

    private static User StoredUser(WebApplicationFactory<Program> api, string email, UserRole role, int? customerId)
    {
        using var db = api.Services.GetRequiredService<IDbContextFactory<TelcoDbContext>>().CreateDbContext();
        if (db.Users.FirstOrDefault(u => u.Email == email) is { } stored)
            return stored;
        var user = new User { Email = email, PasswordHash = "", Role = role, CustomerId = customerId, CreatedAt = TestRows.Now };
        db.Users.Add(user);
        db.SaveChanges();
        return user;
    }
}
