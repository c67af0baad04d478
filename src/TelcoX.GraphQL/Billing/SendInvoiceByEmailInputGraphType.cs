using GraphQL.Types;

namespace TelcoX.GraphQL.Billing;

public sealed class SendInvoiceByEmailInputGraphType : InputObjectGraphType<SendInvoiceByEmailInput>
{
    public SendInvoiceByEmailInputGraphType()
    {
        Name = "SendInvoiceByEmailInput";
        Field(i => i.InvoiceNumber);
    }
}
