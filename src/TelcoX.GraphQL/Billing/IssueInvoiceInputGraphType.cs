using GraphQL.Types;

namespace TelcoX.GraphQL.Billing;

public sealed class IssueInvoiceInputGraphType : InputObjectGraphType<IssueInvoiceInput>
{
    public IssueInvoiceInputGraphType()
    {
        Name = "IssueInvoiceInput";
        Field(i => i.CustomerId, nullable: true).Description("The customer's id; or give contractNumber.");
        Field(i => i.ContractNumber, nullable: true).Description("The customer's contract number; or give customerId.");
        Field(i => i.Msisdn, nullable: true).Description("The billed line, one of the customer's; omit for a customer-level invoice.");
        Field(i => i.Period).Description("The billed month, \"YYYY-MM\".");
        Field(i => i.Subtotal).Description("Greater than 0, at most two decimal places.");
        Field(i => i.Tax).Description("0 or more.");
        Field(i => i.Discount, nullable: true).DefaultValue(0m).Description("0 or more, at most subtotal + tax.");
        Field(i => i.DueDate).Description("From the first day of the period, within a year of it.");
    }
}
