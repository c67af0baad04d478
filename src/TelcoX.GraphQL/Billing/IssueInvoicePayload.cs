using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Billing;

public sealed record IssueInvoicePayload(Invoice? Invoice) : PublishingPayload;
