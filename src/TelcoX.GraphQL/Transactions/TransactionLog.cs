using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Transactions;

/// <summary>Adds a line to a customer's history; saved with the mutation's other rows.</summary>
public static class TransactionLog
{
    public static void Record(this TelcoDbContext db, int customerId, TransactionKind kind, decimal amount,
        string description, string reference, DateTime occurredAt) =>
        db.Transactions.Add(new Transaction
        {
            CustomerId = customerId,
            Kind = kind,
            Amount = amount,
            Description = description,
            Reference = reference,
            OccurredAt = occurredAt,
        });
}
