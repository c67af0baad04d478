using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Tests.Users;

public sealed class RegisterTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task ARegisteredUserIsACustomerWithANormalisedEmailAndOnlyAHashStored()
    {
        var email = $"Test.{TestRows.Unique()}@Example.TEST";

        var payload = await RegisterAsync(new { email = $"  {email} ", password = Password });

        PayloadAssert.Succeeded(payload);
        var user = payload.GetProperty("user");
        Assert.Equal(email.ToLowerInvariant(), user.GetProperty("email").GetString());
        Assert.Equal("CUSTOMER", user.GetProperty("role").GetString());
        await using var db = api.CreateDbContext();
        var row = await db.Users.SingleAsync(u => u.Id == user.GetProperty("id").GetInt32());
        Assert.Equal(email.ToLowerInvariant(), row.Email);
        Assert.DoesNotContain(Password, row.PasswordHash);
        Assert.StartsWith("AQAAAA", row.PasswordHash); // Identity's V3 format marker, base64
        // Tests hash at a lower work factor than Identity's default, hence "rehash needed" rather than "success".
        Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<User>().VerifyHashedPassword(row, row.PasswordHash, Password));
    }

    [Fact]
    public async Task ACustomerUserIsLinkedToAnExistingCustomer()
    {
        var customer = TestRows.Customer();
        await api.AddRowsAsync(customer);

        var payload = await RegisterAsync(new { email = Email(), password = Password, role = "CUSTOMER", customerId = customer.Id });

        PayloadAssert.Succeeded(payload);
        Assert.Equal(customer.Id, payload.GetProperty("user").GetProperty("customer").GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task StaffRolesAreAcceptedForNow()
    {
        var payload = await RegisterAsync(new { email = Email(), password = Password, role = "AGENT" });

        PayloadAssert.Succeeded(payload);
        Assert.Equal("AGENT", payload.GetProperty("user").GetProperty("role").GetString());
    }

    [Theory]
    [InlineData("", Password, "ValidationError", "Email is required", "email")]
    [InlineData("   ", Password, "ValidationError", "Email is required", "email")]
    [InlineData("not-an-email", Password, "ValidationError", "Email is not a valid address", "email")]
    [InlineData("test@localhost", Password, "ValidationError", "Email is not a valid address", "email")]
    [InlineData("Test <test@example.test>", Password, "ValidationError", "Email is not a valid address", "email")]
    [InlineData("te st@example.test", Password, "ValidationError", "Email is not a valid address", "email")]
    [InlineData("admin\u200B@telcox.dev", Password, "ValidationError", "Email is not a valid address", "email")]
    [InlineData("EMAIL", "123456789", "ValidationError", "Password must be at least 10 characters", "password")]
    [InlineData("EMAIL", "           ", "ValidationError", "Password must be at least 10 characters", "password")]
    [InlineData("EMAIL", "LONG", "ValidationError", "Password must be at most 128 characters", "password")]
    [InlineData("EMAIL", Password, "ValidationError", "Only CUSTOMER users can be linked to a customer", "customerId")]
    [InlineData("EMAIL", Password, "NotFoundError", "Customer with id 987654 not found", null)]
    [InlineData("TAKEN", Password, "ConflictError", "Email is already registered", "email")]
    public async Task RefusedRegistrationsWriteNothing(string email, string password, string type, string message, string? field)
    {
        var customer = TestRows.Customer();
        await api.AddRowsAsync(customer);
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await RegisterAsync(new
        {
            email = email switch { "EMAIL" => Email(), "TAKEN" => " ADMIN@telcox.dev", _ => email },
            password = password == "LONG" ? new string('p', 129) : password,
            role = message.StartsWith("Only") ? "ADMIN" : null,
            customerId = message.StartsWith("Only") ? customer.Id : message.StartsWith("Customer") ? 987654 : (int?)null,
        });

        var code = type switch { "NotFoundError" => "NOT_FOUND", "ConflictError" => "CONFLICT", _ => "BAD_USER_INPUT" };
        var error = PayloadAssert.SingleError(payload, type, message, code);
        if (field is not null)
            Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task ConcurrentRegistrationsOfOneEmailLetExactlyOneThrough()
    {
        var email = Email();
        var client = api.CreateClient(Role.Admin);

        var payloads = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
            (await client.QueryDataAsync(UserDocuments.Register, new { input = new { email, password = Password } })).GetProperty("register"))));

        Assert.Single(payloads, p => p.GetProperty("errors").ValueKind == JsonValueKind.Null);
        Assert.All(payloads.Where(p => p.GetProperty("errors").ValueKind != JsonValueKind.Null),
            p => Assert.Equal("CONFLICT", p.GetProperty("errors")[0].GetProperty("code").GetString()));
    }

    private static string Email() => $"test-{TestRows.Unique()}@example.test";

    private async Task<JsonElement> RegisterAsync(object input) =>
        (await api.CreateClient(Role.Admin).QueryDataAsync(UserDocuments.Register, new { input })).GetProperty("register");
}
