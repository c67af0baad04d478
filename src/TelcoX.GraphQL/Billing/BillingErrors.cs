using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Billing;

/// <summary>The messages of the billing mutations; look-ups read as the invoice queries do.</summary>
public static class BillingErrors
{
    public static DomainException InvoiceNotFound(string number) => new(new NotFoundError($"Invoice {number} not found"));

    public static DomainException ContractNotFound(string contract) => new(new NotFoundError($"Contract {contract} not found"));

    public static DomainException AlreadyPaid(string number, string field = "invoiceNumber") =>
        new(new ConflictError($"Invoice {number} is already paid", field));

    public static DomainException WrongAmount(decimal total) =>
        new(new ValidationError($"The amount must equal the invoice total, {Money.Format(total)}", "amount"));

    public static DomainException Invalid(string message, string? field) => new(new ValidationError(message, field));

    public static DomainException Duplicate(string contract, string? msisdn, string period, string existing) =>
        new(new ConflictError(msisdn is null
            ? $"Customer {contract} already has invoice {existing} for period {period}"
            : $"Line {msisdn} of customer {contract} already has invoice {existing} for period {period}", "period"));
}
