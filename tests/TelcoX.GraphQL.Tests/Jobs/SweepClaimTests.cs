using Microsoft.EntityFrameworkCore;
using MySqlConnector;
using TelcoX.GraphQL.Jobs;
using TelcoX.GraphQL.Tests.Billing;
using TelcoX.GraphQL.Tests.Events;

namespace TelcoX.GraphQL.Tests.Jobs;

/// <summary>
/// The claim that holds when the lease does not: a sweep whose rows another run claims between its
/// read and its UPDATE. Only MariaDB lets the two interleave; SQLite queues whole transactions.
/// </summary>
public sealed class SweepClaimTests
{
    [MariaDbFact]
    public async Task ASweepWhoseRowsAnotherRunClaimedMeanwhileAnnouncesNoneOfThem()
    {
        await using var api = new JobsApiFactory(JobsApiFactory.NewClock());
        await api.InitializeAsync();
        var rows = await BillingRows.ArrangeAsync(api, dueDate: api.Now.AddHours(1));
        api.Clock.Advance(TimeSpan.FromHours(2));

        // The other run: it claims the invoice and holds its row lock until it commits.
        await using var other = new MySqlConnection(api.Database.ConnectionString);
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var claim = new MySqlCommand("UPDATE Invoices SET OverdueNotifiedAt = @now WHERE Id = @id", other, transaction))
        {
            claim.Parameters.AddWithValue("@now", api.Now);
            claim.Parameters.AddWithValue("@id", rows.Invoice.Id);
            Assert.Equal(1, await claim.ExecuteNonQueryAsync());
        }
        var sweep = api.Job<OverdueInvoicesJob>().RunAsync(api.Now, CancellationToken.None);
        // The sweep has read the invoice as unclaimed and now waits at its UPDATE for the lock.
        await WaitForBlockedClaimAsync(api);
        await transaction.CommitAsync();
        var result = await sweep;

        Assert.Equal(0, result.Items);
        await using var db = api.CreateDbContext();
        Assert.False(await db.Notifications.AnyAsync(n => n.UserId == rows.User.Id));
    }

    // A user sees its own threads in the process list without the PROCESS privilege.
    private static async Task WaitForBlockedClaimAsync(JobsApiFactory api)
    {
        var database = new MySqlConnectionStringBuilder(api.Database.ConnectionString).Database;
        await using var connection = new MySqlConnection(api.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(
            "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = @db AND INFO LIKE 'UPDATE%OverdueNotifiedAt%'", connection);
        command.Parameters.AddWithValue("@db", database);
        var blocked = false;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!blocked)
        {
            Assert.True(DateTime.UtcNow < deadline, "Waited 30 s for the sweep's UPDATE to wait on the lock.");
            blocked = Convert.ToInt64(await command.ExecuteScalarAsync()) > 0;
            if (!blocked)
                await Task.Delay(20);
        }
    }
}
