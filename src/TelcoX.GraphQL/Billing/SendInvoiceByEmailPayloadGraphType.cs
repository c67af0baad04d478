using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Billing;

public sealed class SendInvoiceByEmailPayloadGraphType : PayloadGraphType<SendInvoiceByEmailPayload>
{
    public SendInvoiceByEmailPayloadGraphType()
        : base("sendInvoiceByEmail", typeof(NotFoundErrorGraphType), typeof(ConflictErrorGraphType), typeof(ForbiddenErrorGraphType)) =>
        Field<ChannelGraphType>("channel").Description("The EMAIL message recorded for the customer.").Resolve(context => context.Source.Channel);
}
