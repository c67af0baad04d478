using Microsoft.AspNetCore.Hosting;
using TelcoX.GraphQL.Server;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>With GraphQL:OnlyPersisted=true only the committed persisted/*.graphql documents run.</summary>
public sealed class PersistedDocumentTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private static readonly string Catalogue = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "persisted", "CatalogueFirstPage.graphql"));

    [Fact]
    public async Task AnArbitraryDocumentIsRefused()
    {
        await using var trusted = OnlyPersisted();

        var (status, body) = await AuthErrors.PostAsync(trusted.CreateClient(), "{ products { totalCount } }");

        Assert.Equal(400, status);
        Assert.Equal(["PERSISTED_QUERY_ONLY"], AuthErrors.Codes(body));
    }

    [Fact]
    public async Task APersistedDocumentRunsByDocumentIdByApolloHashOrByItsText()
    {
        await using var trusted = OnlyPersisted();
        var client = trusted.CreateClient();
        var hash = PersistedDocumentStore.Hash(Catalogue);

        foreach (var request in new object[]
        {
            new { documentId = "sha256:" + hash },
            new { extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } },
            new { query = Catalogue },
        })
        {
            using var response = await client.PostAsync("/graphql", System.Net.Http.Json.JsonContent.Create(request));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, text);
            Assert.Contains("totalCount", text);
        }
    }

    [Fact]
    public async Task AnUnknownDocumentIdIsA400()
    {
        using var response = await api.CreateClient().PostAsync("/graphql",
            System.Net.Http.Json.JsonContent.Create(new { documentId = "sha256:" + new string('0', 64) }));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> OnlyPersisted() =>
        api.WithWebHostBuilder(host => host.UseSetting(PersistedDocumentStore.OnlyPersistedSetting, "true"));
}
