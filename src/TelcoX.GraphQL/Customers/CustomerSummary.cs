using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Plans;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Customers;

/// <summary>Seed 001's summary of one line: everything its dashboard shows, read in one request.</summary>
public sealed record CustomerSummary(
    Customer Customer,
    PhoneLine Line,
    Plan? Plan,
    Consumption? Consumption,
    DataPlan? DataPlan,
    IReadOnlyList<Invoice> UnpaidInvoices,
    IReadOnlyList<UsageEvent> LatestEvents);
