using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TelcoX.GraphQL.Tests.Billing;

/// <summary>
/// Runs a test's action once, just before the UPDATE that marks one invoice paid, on the connection and
/// transaction of that UPDATE: the moment between a payment's read and its write, made to happen on cue
/// instead of hoping two requests meet there.
/// </summary>
public sealed class BeforeInvoiceIsMarkedPaid : DbCommandInterceptor
{
    private Func<DbCommand, Task>? action;
    private int invoiceId;

    public void Arm(int id, Func<DbCommand, Task> run)
    {
        invoiceId = id;
        Volatile.Write(ref action, run);
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref action) is not null && IsMarkPaid(command) && Interlocked.Exchange(ref action, null) is { } run)
            await run(command);
        return result;
    }

    private bool IsMarkPaid(DbCommand command) =>
        command.CommandText.TrimStart().StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
        && command.CommandText.Contains("Invoices", StringComparison.Ordinal)
        && command.Parameters.Cast<DbParameter>().Any(p => p.Value is int value && value == invoiceId);

    /// <summary>What another payer's committed UPDATE leaves, written inside this transaction (see <see cref="PaymentInterleavingTests"/>).</summary>
    public static async Task MarkPaidInSameTransactionAsync(DbCommand command, int invoiceId)
    {
        await using var paid = command.Connection!.CreateCommand();
        paid.Transaction = command.Transaction;
        paid.CommandText = $"UPDATE Invoices SET Status = 'Paid' WHERE Id = {invoiceId}";
        Assert.Equal(1, await paid.ExecuteNonQueryAsync());
    }
}
