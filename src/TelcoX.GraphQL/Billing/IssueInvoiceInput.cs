namespace TelcoX.GraphQL.Billing;

/// <summary>The customer by id or by contract number (one of them); the line by msisdn when the invoice bills one line.</summary>
public sealed record IssueInvoiceInput(int? CustomerId, string? ContractNumber, string? Msisdn, string Period,
    decimal Subtotal, decimal Tax, decimal? Discount, DateTime DueDate);
