using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Infrastructure.GraphQLAssert;

namespace TelcoX.GraphQL.Tests.Coupons;

public sealed class CouponQueriesTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string Query = "query($c: String!) { coupon(code: $c) { code amount issuedAt expiresAt status usedAt invoice { number } } }";

    [Fact]
    public async Task CouponByCodeReturnsItsInvoiceAndIssuedStatus()
    {
        var coupon = Coupon(TestRows.Now.AddDays(7));
        await api.AddRowsAsync(coupon);

        var found = (await api.CreateClient(Role.Admin).QueryDataAsync(Query, new { c = coupon.Code })).GetProperty("coupon");

        Assert.Equal(33.60m, found.GetProperty("amount").GetDecimal());
        Assert.Equal("ISSUED", found.GetProperty("status").GetString());
        Assert.Equal(coupon.ExpiresAt, found.GetProperty("expiresAt").GetDateTimeOffset().UtcDateTime);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, found.GetProperty("usedAt").ValueKind);
        Assert.Equal(coupon.Invoice.Number, found.GetProperty("invoice").GetProperty("number").GetString());
    }

    [Fact]
    public async Task AnIssuedCouponPastItsExpiryReadsExpired()
    {
        var coupon = Coupon(TestRows.Now.AddMinutes(-1));
        await api.AddRowsAsync(coupon);

        var found = (await api.CreateClient(Role.Admin).QueryDataAsync(Query, new { c = coupon.Code })).GetProperty("coupon");

        Assert.Equal("EXPIRED", found.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AUsedCouponStaysUsedAfterItsExpiry()
    {
        var coupon = Coupon(TestRows.Now.AddMinutes(-1));
        (coupon.StoredStatus, coupon.UsedAt) = (CouponStatus.Used, TestRows.Now.AddDays(-1));
        await api.AddRowsAsync(coupon);

        var found = (await api.CreateClient(Role.Admin).QueryDataAsync(Query, new { c = coupon.Code })).GetProperty("coupon");

        Assert.Equal("USED", found.GetProperty("status").GetString());
        Assert.Equal(coupon.UsedAt, found.GetProperty("usedAt").GetDateTimeOffset().UtcDateTime);
    }

    [Fact]
    public async Task UnknownCouponIsNotFound()
    {
        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync(Query, new { c = "T-NOPE" });

        NotFound(response, "coupon", "Coupon T-NOPE not found");
    }

    [Fact]
    public async Task CouponsListsEveryCouponById()
    {
        var coupon = Coupon(TestRows.Now.AddDays(1));
        await api.AddRowsAsync(coupon);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($code: String!) { page: coupons(first: 50) { nodes { id } } mine: coupons(where: { code: { eq: $code } }) { nodes { code } } }",
            new { code = coupon.Code });

        var ids = Ints(data.GetProperty("page").GetProperty("nodes"), "id");
        Assert.Equal(ids.Order(), ids);
        Assert.Equal([coupon.Code], Strings(data.GetProperty("mine").GetProperty("nodes"), "code"));
    }

    private static Coupon Coupon(DateTime expiresAt) => new()
    {
        Code = "T-CPN-" + TestRows.Unique(),
        Invoice = TestRows.Invoice(TestRows.Customer(), null, "2025-07", TestRows.Now.AddDays(10), InvoiceStatus.Unpaid, 30.00m, 3.60m),
        Amount = 33.60m,
        IssuedAt = TestRows.Now.AddDays(-1),
        ExpiresAt = expiresAt,
        StoredStatus = CouponStatus.Issued,
    };
}
