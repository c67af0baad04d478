using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Inventory;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Products;
using TelcoX.GraphQL.Tests.Billing;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Tests.Inventory;
using TelcoX.GraphQL.Tests.Users;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>Another customer's rows, each one a key a mutation takes: an unpaid invoice, its live coupon, an unread notification.</summary>
public sealed record TheirRows(BillingRows Billing, Coupon Coupon, Notification Notification, Product Product)
{
    public static async Task<TheirRows> ArrangeAsync(TelcoApiFactory api)
    {
        var billing = await BillingRows.ArrangeAsync(api);
        var coupon = await billing.AddCouponAsync(api, TestRows.Now.AddDays(5));
        var notification = new Notification { UserId = billing.User.Id, Kind = NotificationKind.InvoiceStatus, Message = "Test notification", CreatedAt = TestRows.Now };
        var product = TestRows.Product();
        await api.AddRowsAsync(notification, product);
        await api.AddRowsAsync(new InventoryItem { ProductId = product.Id, Quantity = 5, UpdatedAt = TestRows.Now });
        return new TheirRows(billing, coupon, notification, product);
    }
}

/// <summary>
/// One mutation and the key it takes. <see cref="Input"/> builds an input that would succeed for the
/// key's owner, so a missing ownership check shows as a write. <see cref="Message"/> names the key as {key}.
/// </summary>
public sealed record KeyCase(string Name, string Document, Func<TheirRows, object> TheirKey, Func<object> UnknownKey,
    Func<TheirRows, object, object> Input, string Code, string Message)
{
    public string Mutation => Name.Split(' ')[0];

    public override string ToString() => Name;
}

/// <summary>Every mutation a CUSTOMER, or a login linked to no customer, may send with someone's key.</summary>
public static class SomeoneElsesKeyCases
{
    public static readonly IReadOnlyList<KeyCase> All =
    [
        new("payInvoice invoiceNumber", BillingApi.PayInvoiceMutation, t => t.Billing.Invoice.Number, () => "T-INV-" + TestRows.Unique(),
            (t, key) => new { invoiceNumber = key, amount = t.Billing.Invoice.Total, method = "TARJETA" }, "NOT_FOUND", "Invoice {key} not found"),
        new("payInvoice couponCode", BillingApi.PayInvoiceMutation, t => t.Coupon.Code, () => "T-CUP-" + TestRows.Unique(),
            (t, key) => new { couponCode = key, amount = t.Billing.Invoice.Total, method = "EFECTIVO" }, "NOT_FOUND", "Coupon {key} not found"),
        new("generateCoupon invoiceNumber", BillingApi.GenerateCouponMutation, t => t.Billing.Invoice.Number, () => "T-INV-" + TestRows.Unique(),
            (_, key) => new { invoiceNumber = key }, "NOT_FOUND", "Invoice {key} not found"),
        new("sendInvoiceByEmail invoiceNumber", BillingApi.SendInvoiceByEmailMutation, t => t.Billing.Invoice.Number, () => "T-INV-" + TestRows.Unique(),
            (_, key) => new { invoiceNumber = key }, "NOT_FOUND", "Invoice {key} not found"),
        new("markNotificationRead id", BillingApi.MarkNotificationReadMutation, t => t.Notification.Id, () => int.MaxValue,
            (_, key) => new { id = key }, "NOT_FOUND", "Notification {key} not found"),
        // A CUSTOMER buys only as themselves: any other id is refused before it is looked up.
        new("purchase customerId", InventoryDocuments.Purchase, t => t.Billing.Customer.Id, () => int.MaxValue,
            (t, key) => new { productId = t.Product.Id, quantity = 1, customerId = key }, "FORBIDDEN", "A customer can only purchase for themselves"),
        // Only an ADMIN links a login to a customer: refused before the customer is looked up.
        new("register customerId", UserDocuments.Register, t => t.Billing.Customer.Id, () => int.MaxValue,
            (_, key) => new { email = $"test-{TestRows.Unique()}@example.test", password = "A-long-enough-password-1", customerId = key },
            "FORBIDDEN", "Only an ADMIN can link a user to a customer"),
    ];

    /// <summary>
    /// Mutations a CUSTOMER may send that take no key of anyone's row: login's e-mail and password get one
    /// generic answer whoever they name (LoginTests).
    /// </summary>
    public static readonly IReadOnlyList<string> Keyless = ["login"];

    public static TheoryData<Caller, string> Runs()
    {
        var runs = new TheoryData<Caller, string>();
        foreach (var caller in Enum.GetValues<Caller>())
            foreach (var keyCase in All)
                runs.Add(caller, keyCase.Name);
        return runs;
    }
}

/// <summary>A CUSTOMER linked to a customer of their own, or a self-registered login linked to none.</summary>
public enum Caller
{
    LinkedCustomer,
    UnlinkedLogin,
}
