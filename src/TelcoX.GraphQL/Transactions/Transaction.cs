using TelcoX.GraphQL.Customers;

namespace TelcoX.GraphQL.Transactions;

/// <summary>One line of a customer's history: payments, coupons, purchases, recharges.</summary>
public sealed class Transaction
{
    public int Id { get; set; }
    public int CustomerId { get; set; }
    public Customer Customer { get; set; } = null!;
    public TransactionKind Kind { get; set; }
    public decimal Amount { get; set; }
    public required string Description { get; set; }
    /// <summary>The invoice, coupon code or product it concerns, as text.</summary>
    public string? Reference { get; set; }
    public DateTime OccurredAt { get; set; }
}
