using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Tests.Users;

/// <summary>
/// A taken e-mail must cost what a new one costs, or the time of the answer tells who has an account:
/// both hash the password once (counted, rather than timed, so that a busy machine cannot fail the test).
/// </summary>
public sealed class RegisterHashingTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task ATakenEmailHashesThePasswordJustAsANewOneDoes()
    {
        var hasher = new CountingHasher();
        await using var counted = api.WithWebHostBuilder(host =>
            host.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<User>>(hasher)));
        var client = counted.CreateClient();
        var input = new { email = $"hashing-{TestRows.Unique()}@example.test", password = "kitten saucer lamp" };

        var created = (await client.QueryDataAsync(UserDocuments.Register, new { input })).GetProperty("register");
        var hashedForNew = hasher.Hashed;
        var taken = (await client.QueryDataAsync(UserDocuments.Register, new { input })).GetProperty("register");

        PayloadAssert.Succeeded(created);
        PayloadAssert.SingleError(taken, "ConflictError", "Email is already registered", "CONFLICT");
        Assert.Equal(1, hashedForNew);
        Assert.Equal(2, hasher.Hashed);
    }

    private sealed class CountingHasher : IPasswordHasher<User>
    {
        private readonly PasswordHasher<User> inner = new(Options.Create(new PasswordHasherOptions { IterationCount = TelcoApiFactory.TestIterationCount }));
        private int hashed;

        public int Hashed => Volatile.Read(ref hashed);

        public string HashPassword(User user, string password)
        {
            Interlocked.Increment(ref hashed);
            return inner.HashPassword(user, password);
        }

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword) =>
            inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
