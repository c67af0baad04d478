using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Billing;

public sealed class IssueInvoicePayloadGraphType : PayloadGraphType<IssueInvoicePayload>
{
    public IssueInvoicePayloadGraphType()
        : base("issueInvoice", typeof(ValidationErrorGraphType), typeof(NotFoundErrorGraphType), typeof(ConflictErrorGraphType)) =>
        Field<InvoiceGraphType>("invoice").Description("The new invoice, UNPAID.").Resolve(context => context.Source.Invoice);
}
