using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.Client.Tests.GraphQL;
using TelcoX.Client.Tests.Infrastructure;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Tests.Server;

namespace TelcoX.Client.Tests.Runtime;

/// <summary>Generated queries and mutations against the real API over HTTP, with a JWT from the generated Login.</summary>
public sealed class HttpTransportTests(KestrelTelcoApi api) : IClassFixture<KestrelTelcoApi>
{
    [Fact]
    public async Task AQueryReturnsTypedDataThroughFragmentsAliasesAndDefaults()
    {
        await using var host = new ClientHost(api.GraphQLUrl);

        var result = await host.Client.GetProductsAsync(order: [new ProductSortInput { Price = SortEnumType.Desc }]);

        var catalogue = result.EnsureData().Catalogue!;
        Assert.True(catalogue.TotalCount > 5);
        Assert.Equal(5, catalogue.Nodes!.Count); // $first defaults to 5 on the server
        Assert.Equal(catalogue.Nodes.Select(p => p.Price).OrderDescending(), catalogue.Nodes.Select(p => p.Price));
        var ids = catalogue.Nodes.Select(p => p.Id).ToList();
        await using var db = api.Services.GetRequiredService<IDbContextFactory<TelcoDbContext>>().CreateDbContext();
        // A product never stocked has no inventory row and reads 0.
        var stored = await db.Products.Where(p => ids.Contains(p.Id)).Select(p => new
        {
            p.Id, p.Name, p.Price, Quantity = db.Inventories.Where(i => i.ProductId == p.Id).Select(i => i.Quantity).FirstOrDefault(),
        }).ToDictionaryAsync(p => p.Id);
        Assert.Equal(ids.Select(id => (stored[id].Name, stored[id].Price, stored[id].Quantity)),
            catalogue.Nodes.Select(p => (p.Name, p.Price, p.Inventory.Quantity)));
    }

    [Fact]
    public async Task TheJwtTravelsAsABearerHeader()
    {
        await using var anonymous = new ClientHost(api.GraphQLUrl);
        await using var admin = await ClientHost.SignedInAsync(api.GraphQLUrl);

        var refused = await anonymous.Client.GetCustomersAsync(first: 2);
        var allowed = await admin.Client.GetCustomersAsync(first: 2);

        Assert.Contains(refused.Errors, e => e.Code is "UNAUTHENTICATED" or "FORBIDDEN");
        Assert.Equal(2, allowed.EnsureData().Customers!.Nodes!.Count);
    }

    [Fact]
    public async Task AMutationReturnsItsTypedPayloadError()
    {
        await using var admin = await ClientHost.SignedInAsync(api.GraphQLUrl);
        var product = (await admin.Client.GetProductsAsync(first: 1)).EnsureData().Catalogue!.Nodes![0];

        var result = await admin.Client.PurchaseAsync(new PurchaseInput { ProductId = product.Id, Quantity = product.Inventory.Quantity + 1 });

        var payload = result.EnsureData().Purchase;
        Assert.Null(payload.Purchase);
        var error = Assert.Single(payload.Errors!);
        Assert.Equal("InsufficientStockError", error.Typename);
        Assert.Equal("INSUFFICIENT_STOCK", error.Code);
        Assert.Equal(product.Inventory.Quantity, error.Available);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public async Task APurchaseKeepsDecimalsExact()
    {
        await using var admin = await ClientHost.SignedInAsync(api.GraphQLUrl);
        var product = (await admin.Client.GetProductsAsync(first: 1)).EnsureData().Catalogue!.Nodes![0];
        (await admin.Client.SetInventoryAsync(product.Id, 10)).EnsureData();

        var purchase = (await admin.Client.PurchaseAsync(new PurchaseInput { ProductId = product.Id, Quantity = 3 })).EnsureData().Purchase;

        Assert.Null(purchase.Errors);
        Assert.Equal(product.Price, purchase.Purchase!.UnitPrice);
        Assert.Equal(product.Price * 3, purchase.Purchase.Total);
        Assert.Equal(7, purchase.Inventory!.Quantity);
    }

    [Fact]
    public async Task AnUnreachableApiIsATransportErrorResultNotAnException()
    {
        await using var host = new ClientHost(new Uri($"http://127.0.0.1:{FreePort.Next()}/graphql"));

        var result = await host.Client.GetProductsAsync();

        var error = Assert.Single(result.Errors);
        Assert.Equal(GraphQLClientError.TransportErrorCode, error.Code);
        Assert.Contains("cannot be reached", error.Message);
        Assert.Throws<GraphQLClientException>(() => result.EnsureData());
    }
}
