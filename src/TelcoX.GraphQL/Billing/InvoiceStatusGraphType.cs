using GraphQL.Types;

namespace TelcoX.GraphQL.Billing;

public sealed class InvoiceStatusGraphType : EnumerationGraphType<InvoiceStatus>
{
    public InvoiceStatusGraphType()
    {
        Name = "InvoiceStatus";
        Description = "Where an invoice stands; OVERDUE is an UNPAID invoice past its due date.";
    }
}
