using TelcoX.GraphQL.Conventions.Fields;

namespace TelcoX.GraphQL.Billing;

/// <summary>Filters and sorts see <c>status</c> as clients do: UNPAID past its due date reads OVERDUE, in SQL.</summary>
internal sealed class InvoiceConventions : IEntityConventions<Invoice>
{
    public void Configure(EntityConventionsBuilder<Invoice> invoice) => invoice
        .Ignore(i => i.StoredStatus)
        .Ignore(i => i.OverdueNotifiedAt) // the overdue sweep's bookkeeping, not part of the API
        .Field("status", Invoice.Status);
}
