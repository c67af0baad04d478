using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Billing;

public sealed class PayInvoicePayloadGraphType : PayloadGraphType<PayInvoicePayload>
{
    public PayInvoicePayloadGraphType()
        : base("payInvoice", typeof(ValidationErrorGraphType), typeof(NotFoundErrorGraphType), typeof(ConflictErrorGraphType),
            typeof(ForbiddenErrorGraphType))
    {
        Field<InvoiceGraphType>("invoice").Description("The invoice, now PAID.").Resolve(context => context.Source.Invoice);
        Field<PaymentGraphType>("payment").Description("The payment recorded.").Resolve(context => context.Source.Payment);
    }
}
