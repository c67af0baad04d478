using Bogus;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Transactions;

namespace TelcoX.GraphQL.Data;

public static partial class DemoData
{
    private const string CouponAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>One coupon in every state: two issued and live, one used, one cancelled, one expired.</summary>
    private static void AddGeneratedCoupons(DemoRows rows, Faker faker, List<Customer> generated)
    {
        var unpaid = generated.SelectMany(c => c.Invoices).Where(i => i.StoredStatus == InvoiceStatus.Unpaid).ToList();
        var ahead = unpaid.Where(i => i.DueDate > rows.Now).ToList();
        var overdue = unpaid.Where(i => i.DueDate <= rows.Now).ToList();
        var codes = new HashSet<string>();
        string Code() => NewCouponCode(faker, codes);

        foreach (var invoice in faker.Random.ListItems(ahead, 2))
            rows.AddCoupon(invoice, Code(), rows.Now.AddDays(-1), rows.Now.AddDays(faker.Random.Int(3, 10)));

        var picks = faker.Random.ListItems(overdue, 3);

        // Used: paid in cash with the coupon before the due date.
        var used = rows.AddCoupon(picks[0], Code(), picks[0].DueDate.AddDays(-10), picks[0].DueDate.AddDays(5));
        used.StoredStatus = CouponStatus.Used;
        used.UsedAt = picks[0].DueDate.AddDays(-2);
        picks[0].Pay(PaymentMethod.Efectivo, used.UsedAt.Value, used);
        picks[0].Customer.AddTransaction(TransactionKind.CouponUsed, used.Amount, $"Pago con cupón de la factura {picks[0].Number}", used.Code, used.UsedAt.Value);

        var cancelled = rows.AddCoupon(picks[1], Code(), picks[1].DueDate.AddDays(-8), picks[1].DueDate.AddDays(7));
        cancelled.StoredStatus = CouponStatus.Cancelled;

        // Stored as ISSUED; it reads EXPIRED because its expiry has passed.
        rows.AddCoupon(picks[2], Code(), picks[2].DueDate.AddDays(-12), picks[2].DueDate.AddDays(-1));
    }

    private static string NewCouponCode(Faker faker, HashSet<string> codes)
    {
        while (true)
        {
            var code = "CUP-" + faker.Random.String2(8, CouponAlphabet);
            if (codes.Add(code))
                return code;
        }
    }
}
