using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Conventions.Api;

/// <summary>
/// One query shape compiles once, whatever the values: the variables of <c>in</c> filters and the
/// parent keys of batched lists reach EF as parameters. Were they inlined, every request would pay
/// EF's query compilation (milliseconds) and fill its query cache with one-off entries.
/// </summary>
public sealed class QueryCacheTests(QueryCacheTests.CountingApi api) : IClassFixture<QueryCacheTests.CountingApi>
{
    private const string Query = """
        query Some($ids: [Int!]!) { customers(first: 10, where: { id: { in: $ids } }) {
          nodes { id lines { msisdn plan { name } consumption { balance } } } } }
        """;

    public sealed class CountingApi : TelcoApiFactory
    {
        public QueryCompilations Compilations { get; } = new();

        public SqlCapture Sql { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Compilations).AddSingleton<IInterceptor>(Sql));
        }
    }

    [Fact]
    public async Task FiftyRequestsOfOneShapeWithDifferentValuesCompileItsQueriesAtMostOnce()
    {
        var client = api.CreateClient(Role.Admin);
        await using var db = api.CreateDbContext();
        var customers = await db.Customers.Where(c => c.Lines.Any()).OrderBy(c => c.Id).Select(c => c.Id).Take(52).ToListAsync();
        Assert.True(customers.Count >= 27, "the demo data has customers with lines");
        await client.QueryDataAsync(Query, new { ids = customers.Take(2) }); // the first request of the shape compiles it
        var before = api.Compilations.Count;

        for (var i = 0; i < 50; i++)
        {
            int[] ids = [customers[i % customers.Count], customers[(i + 1 + i / 25) % customers.Count]];
            var nodes = (await client.QueryDataAsync(Query, new { ids })).GetProperty("customers").Nodes();
            Assert.Equal(ids.Distinct().Order(), nodes.Select(n => n.GetProperty("id").GetInt32()));
            Assert.All(nodes, n => Assert.NotEqual(0, n.GetProperty("lines").GetArrayLength()));
        }

        // Other tests' queries may compile meanwhile in this process; 50 distinct key sets would compile ~200 times.
        Assert.InRange(api.Compilations.Count - before, 0, 4);
    }

    [Fact]
    public async Task TheKeysStillReachTheSqlAsAnInList()
    {
        var client = api.CreateClient(Role.Admin);
        await using var db = api.CreateDbContext();
        var lines = await db.PhoneLines.OrderBy(l => l.Id).Take(3).Select(l => new { l.CustomerId, l.Msisdn }).ToListAsync();
        var ids = lines.Select(l => l.CustomerId).Distinct().ToArray();

        await client.QueryDataAsync("{ __typename }"); // signs in first: login's statements are not the query's
        api.Sql.Clear();
        var nodes = (await client.QueryDataAsync(Query, new { ids })).GetProperty("customers").Nodes();

        Assert.Equal(ids.Order(), nodes.Select(n => n.GetProperty("id").GetInt32()));
        var linesSql = Assert.Single(api.Sql.Statements, s => s.Contains("Msisdn", StringComparison.Ordinal));
        Assert.Contains("IN (" + string.Join(", ", ids), linesSql);
        Assert.DoesNotContain("json", linesSql, StringComparison.OrdinalIgnoreCase);
        var msisdns = nodes.SelectMany(n => n.GetProperty("lines").EnumerateArray()).Select(l => l.GetProperty("msisdn").GetString()).ToList();
        Assert.All(lines, line => Assert.Contains(line.Msisdn, msisdns));
    }
}
