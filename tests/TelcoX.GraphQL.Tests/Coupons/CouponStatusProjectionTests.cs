using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Tests.Billing;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Coupons;

/// <summary>
/// <c>status</c> alone in the selection: the projection must still read what the status depends on
/// (the expiry), through the lookup and the list, for staff and for the customer alike.
/// </summary>
public sealed class CouponStatusProjectionTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Theory]
    [InlineData(5, CouponStatus.Issued, "ISSUED")]
    [InlineData(-5, CouponStatus.Issued, "EXPIRED")]
    [InlineData(-5, CouponStatus.Used, "USED")]
    [InlineData(5, CouponStatus.Cancelled, "CANCELLED")]
    public async Task OnlyStatusSelectedReadsTheRightStatus(int expiresInDays, CouponStatus stored, string expected)
    {
        var rows = await BillingRows.ArrangeAsync(api);
        var coupon = await rows.AddCouponAsync(api, TestRows.Now.AddDays(expiresInDays), stored);
        var client = api.CreateClient(Role.Admin);

        var byCode = await client.QueryDataAsync("query($c: String!) { coupon(code: $c) { status } }", new { c = coupon.Code });
        var listed = await client.QueryDataAsync("query($c: String!) { coupons(where: { code: { eq: $c } }) { nodes { status } } }", new { c = coupon.Code });
        var asCustomer = await api.CreateClient(rows.Customer.Id).QueryDataAsync("{ coupons { nodes { status } } }");

        Assert.Equal(expected, byCode.GetProperty("coupon").GetProperty("status").GetString());
        Assert.Equal(expected, Assert.Single(listed.GetProperty("coupons").GetProperty("nodes").EnumerateArray()).GetProperty("status").GetString());
        Assert.Equal(expected, Assert.Single(asCustomer.GetProperty("coupons").GetProperty("nodes").EnumerateArray()).GetProperty("status").GetString());
    }
}
