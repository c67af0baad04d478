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

    /// <summary>Other text sent with a trusted document's id: neither that text nor the trusted one runs.</summary>
    [Fact]
    public async Task OtherTextUnderAKnownIdIsRefused()
    {
        await using var trusted = OnlyPersisted();
        var hash = PersistedDocumentStore.Hash(Catalogue);

        foreach (var request in new object[]
        {
            new { documentId = "sha256:" + hash, query = Untrusted },
            new { query = Untrusted, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } },
        })
            await AssertRefusedAsync(trusted, request);
    }

    /// <summary>Text under an id the server does not hold (Apollo's registration): refused, and not remembered for later.</summary>
    [Fact]
    public async Task TextUnderAnUnknownIdIsRefusedAndNotRemembered()
    {
        await using var trusted = OnlyPersisted();
        var hash = PersistedDocumentStore.Hash(Untrusted);

        await AssertRefusedAsync(trusted, new { documentId = "sha256:" + hash, query = Untrusted });
        await AssertRefusedAsync(trusted, new { query = Untrusted, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } });
        await AssertRefusedAsync(trusted, new { documentId = "sha256:" + hash });
    }

    /// <summary>A document that would answer if it ran: its alias must never show in a refusal.</summary>
    private const string Untrusted = "{ untrustedRan: __typename }";

    private static async Task AssertRefusedAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> trusted, object request)
    {
        using var response = await trusted.CreateClient().PostAsync("/graphql", System.Net.Http.Json.JsonContent.Create(request));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == System.Net.HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.DoesNotContain("untrustedRan", text);
        Assert.DoesNotContain("totalCount", text);
        Assert.NotEmpty(AuthErrors.Codes(System.Text.Json.JsonDocument.Parse(text).RootElement));
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> OnlyPersisted() =>
        api.WithWebHostBuilder(host => host.UseSetting(PersistedDocumentStore.OnlyPersistedSetting, "true"));
}
