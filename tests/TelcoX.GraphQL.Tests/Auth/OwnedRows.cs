using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Transactions;
using TelcoX.GraphQL.Usage;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>A customer with at least one row of every kind a customer owns, saved: what a row scope must keep in and others out.</summary>
public sealed record OwnedRows(Customer Customer, PhoneLine Line, Invoice Invoice, Coupon Coupon, Notification Notification)
{
    public static async Task<OwnedRows> ArrangeAsync(TelcoApiFactory api)
    {
        var customer = TestRows.Customer();
        var line = TestRows.Line(customer);
        var user = TestRows.User(UserRole.Customer, customer);
        var unpaid = TestRows.Invoice(customer, line, "2025-07", TestRows.Now.AddDays(10));
        var paid = TestRows.Invoice(customer, line, "2025-06", TestRows.Now.AddDays(-20), InvoiceStatus.Paid);
        var coupon = new Coupon
        {
            Code = "T-CUP-" + TestRows.Unique(), Invoice = unpaid, Amount = unpaid.Total,
            IssuedAt = TestRows.Now, ExpiresAt = TestRows.Now.AddDays(5), StoredStatus = CouponStatus.Issued,
        };
        var notification = new Notification { User = user, Kind = NotificationKind.InvoiceStatus, Message = "Test notification", CreatedAt = TestRows.Now };
        await api.AddRowsAsync(
            user, unpaid, paid, coupon, notification,
            new Consumption { PhoneLine = line, Balance = 5m, DataMb = 100m, Minutes = 10, UpdatedAt = TestRows.Now },
            TestRows.DataPlan(line, limitBytes: 1_000_000, usedBytes: 1_000),
            new UsageEvent { PhoneLine = line, Category = UsageCategory.Social, Bytes = 1_000, OccurredAt = TestRows.Now },
            new Payment { Invoice = paid, Amount = paid.Total, Method = PaymentMethod.Tarjeta, PaidAt = TestRows.Now },
            new Transaction { Customer = customer, Kind = TransactionKind.Payment, Amount = paid.Total, Description = "Test payment", OccurredAt = TestRows.Now },
            new Channel { Customer = customer, Kind = ChannelKind.Email, Content = "Test message", Timestamp = TestRows.Now });
        return new OwnedRows(customer, line, unpaid, coupon, notification);
    }
}
