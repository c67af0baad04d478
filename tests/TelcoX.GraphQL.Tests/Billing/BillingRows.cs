using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Tests.Billing;

/// <summary>A customer with one line, one CUSTOMER user and one invoice, saved; the usual start of a billing test.</summary>
public sealed record BillingRows(Customer Customer, PhoneLine Line, User User, Invoice Invoice)
{
    public static async Task<BillingRows> ArrangeAsync(TelcoApiFactory api, DateTime? dueDate = null,
        InvoiceStatus status = InvoiceStatus.Unpaid, decimal subtotal = 25.00m, decimal tax = 3.00m, decimal discount = 0m)
    {
        var customer = TestRows.Customer();
        var line = TestRows.Line(customer);
        var user = TestRows.User(UserRole.Customer, customer);
        var invoice = TestRows.Invoice(customer, line, "2025-07", dueDate ?? TestRows.Now.AddDays(10), status, subtotal, tax, discount);
        await api.AddRowsAsync(user, invoice);
        return new BillingRows(customer, line, user, invoice);
    }

    public async Task<Coupon> AddCouponAsync(TelcoApiFactory api, DateTime expiresAt, CouponStatus status = CouponStatus.Issued)
    {
        var coupon = new Coupon
        {
            Code = "T-CUP-" + TestRows.Unique(),
            InvoiceId = Invoice.Id,
            Amount = Invoice.Total,
            IssuedAt = TestRows.Now.AddDays(-40),
            ExpiresAt = expiresAt,
            StoredStatus = status,
        };
        await api.AddRowsAsync(coupon);
        return coupon;
    }
}
