using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Billing;

public sealed record SendInvoiceByEmailPayload(Channel? Channel) : Payload;
