using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Billing;

public sealed record PayInvoicePayload(Invoice? Invoice, Payment? Payment) : PublishingPayload;
