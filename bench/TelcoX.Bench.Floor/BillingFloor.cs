using System.Globalization;
using MySqlConnector;

namespace TelcoX.Bench.Floor;

/// <summary>
/// P7: runBillingCycle's statements by hand — per batch of lines: lock them, one INSERT … SELECT per
/// paid plan, number the rows from their ids, commit — without the API's counts, notifications or events.
/// </summary>
public static class BillingFloor
{
    private const int BatchSize = 5000;
    private const decimal TaxRate = 0.12m;

    public static async Task<int> RunAsync(FloorDatabase db, string period, CancellationToken ct)
    {
        var start = DateTime.ParseExact(period, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        var (end, now) = (start.AddMonths(1), DateTime.UtcNow);
        await using var connection = await db.OpenAsync(ct);
        var plans = new List<(int Id, decimal Fee)>();
        await using (var reader = await connection.Command("SELECT Id, MonthlyFee FROM Plans WHERE MonthlyFee > 0").ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                plans.Add((reader.GetInt32(0), reader.GetDecimal(1)));
        var (after, issued) = (0, 0);
        while (true)
        {
            var next = await connection.Command("SELECT Id FROM PhoneLines WHERE Id > @after ORDER BY Id LIMIT 1 OFFSET @skip", null,
                ("@after", after), ("@skip", BatchSize - 1)).ExecuteScalarAsync(ct);
            var upTo = next is null ? int.MaxValue : Convert.ToInt32(next);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await connection.Command("SELECT COUNT(*) FROM (SELECT Id FROM PhoneLines WHERE Id > @after AND Id <= @upTo FOR UPDATE) AS locked",
                transaction, ("@after", after), ("@upTo", upTo)).ExecuteScalarAsync(ct);
            var token = "F" + Guid.NewGuid().ToString("N")[..12] + "-";
            foreach (var (planId, fee) in plans)
            {
                var tax = decimal.Round(fee * TaxRate, 2, MidpointRounding.AwayFromZero);
                issued += await connection.Command("""
                    INSERT INTO Invoices (Number, CustomerId, PhoneLineId, Period, Subtotal, Tax, Discount, Total, DueDate, Status, IssuedAt)
                    SELECT CONCAT(@token, l.Id), l.CustomerId, l.Id, @period, @fee, @tax, 0, @total, @due, 'Unpaid', @now
                    FROM PhoneLines l
                    WHERE l.Id > @after AND l.Id <= @upTo AND l.PlanId = @plan AND l.CreatedAt < @end
                      AND NOT EXISTS (SELECT 1 FROM Invoices i WHERE i.PhoneLineId = l.Id AND i.Period = @period)
                    """, transaction, ("@token", token), ("@period", period), ("@fee", fee), ("@tax", tax), ("@total", fee + tax),
                    ("@due", end.AddDays(15)), ("@now", now), ("@after", after), ("@upTo", upTo), ("@plan", planId), ("@end", end))
                    .ExecuteNonQueryAsync(ct);
            }
            await connection.Command("""
                UPDATE Invoices SET Number = CONCAT('FAC-', Period, '-', IF(Id < 100000, LPAD(Id, 5, '0'), Id))
                WHERE Number LIKE CONCAT(@token, '%')
                """, transaction, ("@token", token)).ExecuteNonQueryAsync(ct);
            await transaction.CommitAsync(ct);
            if (upTo == int.MaxValue)
                return issued;
            after = upTo;
        }
    }
}
