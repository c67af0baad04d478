using System.Globalization;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Billing;

/// <summary>The checks on an issueInvoice input that need no database, in the order a client fixes them.</summary>
public sealed partial class IssueInvoice
{
    /// <summary>Throws the first rule the input breaks.</summary>
    private static void Validate(IssueInvoiceInput input)
    {
        if ((input.CustomerId is null) == string.IsNullOrWhiteSpace(input.ContractNumber))
            throw BillingErrors.Invalid("Give either customerId or contractNumber", input.CustomerId is null ? "customerId" : "contractNumber");
        var periodStart = BillingPeriod.Parse(input.Period, "period").Start;
        CheckMoney(input.Subtotal, "subtotal");
        if (input.Subtotal <= 0)
            throw BillingErrors.Invalid("The subtotal must be greater than 0", "subtotal");
        CheckMoney(input.Tax, "tax");
        if (input.Tax < 0)
            throw BillingErrors.Invalid("The tax cannot be negative", "tax");
        var discount = input.Discount ?? 0m;
        CheckMoney(discount, "discount");
        if (discount < 0)
            throw BillingErrors.Invalid("The discount cannot be negative", "discount");
        if (discount > input.Subtotal + input.Tax)
            throw BillingErrors.Invalid("The discount cannot exceed subtotal plus tax", "discount");
        if (!Money.Fits(input.Subtotal + input.Tax))
            throw BillingErrors.Invalid($"The total cannot exceed {Money.Format(Money.Max)}", "subtotal");
        if (input.DueDate.AsUtc() < periodStart)
            throw BillingErrors.Invalid("The due date cannot precede the billed period", "dueDate");
        // Also keeps absurd dates (year 9999) away from the database's date range.
        if (input.DueDate.AsUtc() >= periodStart.AddYears(1))
            throw BillingErrors.Invalid("The due date must fall within a year of the billed period", "dueDate");
    }

    private static void CheckMoney(decimal amount, string field)
    {
        if (!Money.Fits(amount))
            throw BillingErrors.Invalid($"The {field} must have at most two decimal places and at most {Money.Format(Money.Max)}", field);
    }
}
