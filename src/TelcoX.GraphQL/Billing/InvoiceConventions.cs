using TelcoX.GraphQL.Conventions.Fields;

namespace TelcoX.GraphQL.Billing;

/// <summary>Filters and sorts see <c>status</c> as clients do: UNPAID past its due date reads OVERDUE, in SQL.</summary>
internal sealed class InvoiceConventions : IEntityConventions<Invoice>
{
    public void Configure(EntityConventionsBuilder<Invoice> invoice) => invoice
        .Ignore(i => i.StoredStatus)
        .Field("status", Invoice.Status);
}
