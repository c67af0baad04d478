using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Infrastructure.GraphQLAssert;

namespace TelcoX.GraphQL.Tests.Billing;

public sealed class PaymentQueriesTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task PaymentsListsEveryPaymentByIdWithItsInvoiceAndCoupon()
    {
        var invoice = TestRows.Invoice(TestRows.Customer(), null, "2025-05", TestRows.Now, InvoiceStatus.Paid);
        var coupon = new Coupon
        {
            Code = "T-CPN-" + TestRows.Unique(),
            Invoice = invoice,
            Amount = 28.00m,
            IssuedAt = TestRows.Now.AddDays(-2),
            ExpiresAt = TestRows.Now.AddDays(5),
            StoredStatus = CouponStatus.Used,
            UsedAt = TestRows.Now,
        };
        var payment = new Payment { Invoice = invoice, Coupon = coupon, Amount = 28.00m, Method = PaymentMethod.Efectivo, PaidAt = TestRows.Now };
        await api.AddRowsAsync(payment);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($id: Int!) { page: payments(first: 50) { nodes { id } } " +
            "mine: payments(where: { id: { eq: $id } }) { nodes { id amount method paidAt invoice { number } coupon { code status } } } }",
            new { id = payment.Id });

        var ids = Ints(data.GetProperty("page").GetProperty("nodes"), "id");
        Assert.Equal(ids.Order(), ids);
        var mine = Assert.Single(data.GetProperty("mine").GetProperty("nodes").EnumerateArray());
        Assert.Equal(28.00m, mine.GetProperty("amount").GetDecimal());
        Assert.Equal("EFECTIVO", mine.GetProperty("method").GetString());
        Assert.Equal(invoice.Number, mine.GetProperty("invoice").GetProperty("number").GetString());
        Assert.Equal(coupon.Code, mine.GetProperty("coupon").GetProperty("code").GetString());
        Assert.Equal("USED", mine.GetProperty("coupon").GetProperty("status").GetString());
    }
}
