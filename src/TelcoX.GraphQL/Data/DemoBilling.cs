using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Transactions;

namespace TelcoX.GraphQL.Data;

/// <summary>Invoices, payments and coupons built the way the billing features would record them.</summary>
internal static class DemoBilling
{
    /// <summary>Ecuador's IVA as the seed 001 invoices apply it (25.00 → 3.00, 30.00 → 3.60).</summary>
    public const decimal TaxRate = 0.12m;

    public static Invoice AddInvoice(this DemoRows rows, PhoneLine line, string period, decimal subtotal,
        decimal tax, decimal discount, DateTime issuedAt, DateTime dueDate)
    {
        var invoice = new Invoice
        {
            Number = rows.NextInvoiceNumber(period),
            Customer = line.Customer,
            PhoneLine = line,
            Period = period,
            Subtotal = subtotal,
            Tax = tax,
            Discount = discount,
            Total = Invoice.TotalOf(subtotal, tax, discount),
            IssuedAt = issuedAt,
            DueDate = dueDate,
            StoredStatus = InvoiceStatus.Unpaid,
        };
        line.Customer.Invoices.Add(invoice);
        return invoice;
    }

    /// <summary>Marks the invoice paid with its payment row and, unless a coupon paid it, a Payment transaction.</summary>
    public static void Pay(this Invoice invoice, PaymentMethod method, DateTime paidAt, Coupon? coupon = null)
    {
        invoice.StoredStatus = InvoiceStatus.Paid;
        invoice.PaymentMethod = method;
        invoice.PaidAt = paidAt;
        invoice.Payments.Add(new Payment { Amount = invoice.Total, Method = method, PaidAt = paidAt, Coupon = coupon });
        if (coupon is null)
            invoice.Customer.AddTransaction(TransactionKind.Payment, invoice.Total, $"Pago de la factura {invoice.Number}", invoice.Number, paidAt);
    }

    public static Coupon AddCoupon(this DemoRows rows, Invoice invoice, string code, DateTime issuedAt, DateTime expiresAt)
    {
        var coupon = new Coupon
        {
            Code = code,
            Invoice = invoice,
            Amount = invoice.Total,
            IssuedAt = issuedAt,
            ExpiresAt = expiresAt,
            StoredStatus = CouponStatus.Issued,
        };
        rows.Coupons.Add(coupon);
        invoice.Customer.AddTransaction(TransactionKind.CouponIssued, coupon.Amount, $"Cupón emitido para la factura {invoice.Number}", code, issuedAt);
        return coupon;
    }

    public static void AddTransaction(this Customer customer, TransactionKind kind, decimal amount, string description,
        string? reference, DateTime occurredAt) =>
        customer.Transactions.Add(new Transaction
        {
            Kind = kind,
            Amount = amount,
            Description = description,
            Reference = reference,
            OccurredAt = occurredAt,
        });

    public static decimal TaxOf(decimal subtotal) => Math.Round(subtotal * TaxRate, 2, MidpointRounding.AwayFromZero);

    public static string PeriodOf(DateTime date) => date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
