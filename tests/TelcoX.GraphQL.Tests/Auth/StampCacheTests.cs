using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Auth;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>Checking a token's stamp costs one read of its user's row per few seconds, never one per request or field.</summary>
public sealed class StampCacheTests(SqlCapturingApiFactory api) : IClassFixture<SqlCapturingApiFactory>
{
    [Fact]
    public async Task ManyRequestsOfManyFieldsReadTheUsersStampOnce()
    {
        var user = TestRows.User(UserRole.Agent);
        await api.AddRowsAsync(user);
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", api.Services.GetRequiredService<TokenIssuer>().Issue(user).Token);
        var fields = string.Join(' ', Enumerable.Range(0, 20).Select(i => $"p{i}: products(first: 3) {{ totalCount nodes {{ id name price }} }}"));
        api.Sql.Clear();

        for (var request = 0; request < 2; request++)
            await client.QueryDataAsync($"{{ {fields} customers(first: 5) {{ nodes {{ id name }} }} }}");

        Assert.Single(api.Sql.Statements, sql => sql.Contains("PasswordHash", StringComparison.Ordinal));
    }
}
