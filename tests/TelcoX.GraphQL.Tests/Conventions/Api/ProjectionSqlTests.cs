using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Conventions.Api;

public sealed class ProjectionSqlTests(SqlCapturingApiFactory api) : IClassFixture<SqlCapturingApiFactory>
{
    private async Task<(System.Text.Json.JsonElement Data, IReadOnlyList<string> Sql)> RunAsync(string query, object? variables = null,
        Role role = Role.Admin)
    {
        var client = api.CreateClient(role);
        await client.QueryDataAsync("{ __typename }"); // signs in first: login's statements are not the query's
        api.Sql.Clear();
        var data = await client.QueryDataAsync(query, variables);
        return (data, api.Sql.Statements);
    }

    [Fact]
    public async Task ARootConnectionSelectsOnlyTheAskedColumnsAndTheKey()
    {
        var (data, sql) = await RunAsync("{ customers(first: 5) { nodes { name } } }");

        Assert.Equal(["Id", "Name"], SelectedColumns.Of(sql, "Customers").Order());
        Assert.Equal(5, data.GetProperty("customers").Nodes().Count);
    }
}
