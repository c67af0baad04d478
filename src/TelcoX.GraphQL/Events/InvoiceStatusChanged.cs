namespace TelcoX.GraphQL.Events;

/// <summary>An invoice moved to another status (UNPAID, PAID, OVERDUE), routed by its contract.</summary>
public sealed record InvoiceStatusChanged(string ContractNumber, string InvoiceNumber, string Status) : IDomainEvent
{
    public string Key => ContractNumber;
}
