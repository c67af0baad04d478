using GraphQL;
using GraphQL.Types;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Billing;

public static class BillingMutations
{
    public static void AddBillingMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<IssueInvoicePayloadGraphType>>("issueInvoice")
            .Description("Issues a customer's (or one line's) invoice for a month; the total and the number are the server's.")
            .Argument<NonNullGraphType<IssueInvoiceInputGraphType>>("input")
            .ResolveAsync(context => context.InTransactionAsync(
                (db, ct) => InvoiceIssuing.IssueAsync(db, context.GetArgument<IssueInvoiceInput>("input"), context.UtcNow(), ct),
                () => new IssueInvoicePayload(null),
                payload => context.PublishAsync(payload.Events)));
        mutation.Field<NonNullGraphType<PayInvoicePayloadGraphType>>("payInvoice")
            .Description("Pays an unpaid or overdue invoice in full, directly or with its live coupon.")
            .Argument<NonNullGraphType<PayInvoiceInputGraphType>>("input")
            .ResolveAsync(context => context.InTransactionAsync(
                (db, ct) => InvoicePaying.PayAsync(db, context.GetArgument<PayInvoiceInput>("input"), context.CallerCustomerId(), context.UtcNow(), ct),
                () => new PayInvoicePayload(null, null),
                payload => context.PublishAsync(payload.Events)));
        mutation.Field<NonNullGraphType<SendInvoiceByEmailPayloadGraphType>>("sendInvoiceByEmail")
            .Description("Simulates e-mailing an invoice to its customer: records an EMAIL channel message with its details.")
            .Argument<NonNullGraphType<SendInvoiceByEmailInputGraphType>>("input")
            .ResolveAsync(context => context.InTransactionAsync(
                (db, ct) => InvoiceEmailing.SendAsync(db, context.GetArgument<SendInvoiceByEmailInput>("input"), context.CallerCustomerId(), context.UtcNow(), ct),
                () => new SendInvoiceByEmailPayload(null)));
    }
}
