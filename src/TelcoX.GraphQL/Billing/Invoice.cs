using System.Linq.Expressions;
using TelcoX.GraphQL.Customers;

namespace TelcoX.GraphQL.Billing;

public sealed class Invoice
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public int CustomerId { get; set; }
    public Customer Customer { get; set; } = null!;
    public int? PhoneLineId { get; set; }
    public PhoneLine? PhoneLine { get; set; }
    /// <summary>"YYYY-MM".</summary>
    public required string Period { get; set; }
    public decimal Subtotal { get; set; }
    public decimal Tax { get; set; }
    public decimal Discount { get; set; }
    /// <summary>Stored so that SQL can filter and sort by it; always subtotal + tax − discount.</summary>
    public decimal Total { get; set; }
    public DateTime DueDate { get; set; }
    /// <summary>UNPAID or PAID; OVERDUE is derived by <see cref="StatusAt"/>.</summary>
    public InvoiceStatus StoredStatus { get; set; }
    public PaymentMethod? PaymentMethod { get; set; }
    public DateTime? PaidAt { get; set; }
    public DateTime IssuedAt { get; set; }
    /// <summary>When the overdue sweep told the customer; set once, by one conditional UPDATE.</summary>
    public DateTime? OverdueNotifiedAt { get; set; }

    public List<Payment> Payments { get; set; } = [];

    /// <summary>The one OVERDUE rule: SQL filters and sorts translate it, <see cref="StatusAt"/> runs it compiled.</summary>
    public static readonly Expression<Func<Invoice, DateTime, InvoiceStatus>> Status = (invoice, now) =>
        invoice.StoredStatus == InvoiceStatus.Unpaid && invoice.DueDate < now ? InvoiceStatus.Overdue : invoice.StoredStatus;

    private static readonly Func<Invoice, DateTime, InvoiceStatus> CompiledStatus = Status.Compile();

    public InvoiceStatus StatusAt(DateTime now) => CompiledStatus(this, now);

    public static decimal TotalOf(decimal subtotal, decimal tax, decimal discount) => subtotal + tax - discount;
}
