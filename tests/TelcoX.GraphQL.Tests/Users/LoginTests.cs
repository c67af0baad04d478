using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Tests.Users;

public sealed class LoginTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task ACustomerSignsInWithASignedTokenCarryingTheirClaims()
    {
        var customer = TestRows.Customer();
        await api.AddRowsAsync(customer);
        var email = $"test-{TestRows.Unique()}@example.test";
        await api.CreateClient(Role.Admin).QueryDataAsync(UserDocuments.Register,
            new { input = new { email, password = "correct horse battery", customerId = customer.Id } });
        await using var db = api.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == email);

        var payload = await LoginAsync($" {email.ToUpperInvariant()} ", "correct horse battery");

        PayloadAssert.Succeeded(payload);
        Assert.Equal(user.Id, payload.GetProperty("user").GetProperty("id").GetInt32());
        var token = await ValidateAsync(payload.GetProperty("token").GetString()!);
        Assert.Equal(SecurityAlgorithms.HmacSha256, token.Alg);
        Assert.Equal(user.Id.ToString(), token.Subject);
        Assert.Equal(email, token.GetClaim("email").Value);
        Assert.Equal("CUSTOMER", token.GetClaim("role").Value);
        Assert.Equal(customer.Id.ToString(), token.GetClaim("customer_id").Value);
        Assert.InRange(token.ValidTo - DateTime.UtcNow, TimeSpan.FromHours(8) - TimeSpan.FromMinutes(1), TimeSpan.FromHours(8));
        Assert.Equal(token.ValidTo, payload.GetProperty("expiresAt").GetDateTime().ToUniversalTime(), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task StaffTokensCarryTheirRoleAndNoCustomer()
    {
        var payload = await LoginAsync(DemoUsers.AdminEmail, DemoUsers.Password);

        PayloadAssert.Succeeded(payload);
        var token = await ValidateAsync(payload.GetProperty("token").GetString()!);
        Assert.Equal("ADMIN", token.GetClaim("role").Value);
        Assert.False(token.TryGetClaim("customer_id", out _));
    }

    [Theory]
    [InlineData(DemoUsers.AdminEmail, "wrong password!")]
    [InlineData("nobody@example.test", DemoUsers.Password)]
    [InlineData("", "")]
    [InlineData(DemoUsers.AdminEmail, "")]
    public async Task WrongCredentialsAllGetTheSameGenericAnswerAndWriteNothing(string email, string password)
    {
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await LoginAsync(email, password);

        AssertRefused(payload);
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task AStoredValueThatIsNotAHashNeverSignsIn()
    {
        var user = TestRows.User(); // its PasswordHash is "test-hash-…", not Identity's format
        await api.AddRowsAsync(user);

        AssertRefused(await LoginAsync(user.Email, user.PasswordHash));
    }

    private static void AssertRefused(JsonElement payload)
    {
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("token").ValueKind);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("user").ValueKind);
        PayloadAssert.SingleError(payload, "AuthenticationError", "Invalid email or password", "UNAUTHENTICATED");
    }

    private async Task<JsonWebToken> ValidateAsync(string token)
    {
        var key = api.Services.GetRequiredService<IConfiguration>()["Auth:SigningKey"]!;
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "telcox",
            ValidAudience = "telcox-api",
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        return (JsonWebToken)result.SecurityToken;
    }

    private async Task<JsonElement> LoginAsync(string email, string password) =>
        (await api.CreateClient(Role.Admin).QueryDataAsync(UserDocuments.Login, new { input = new { email, password } })).GetProperty("login");
}
