namespace TelcoX.GraphQL.Billing;

public sealed record SendInvoiceByEmailInput(string InvoiceNumber);
