namespace TelcoX.GraphQL.Billing;

public enum InvoiceStatus
{
    Unpaid,
    Paid,
    /// <summary>Never stored: an unpaid invoice reads OVERDUE once its due date has passed.</summary>
    Overdue,
}
