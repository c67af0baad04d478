using MySqlConnector;

namespace TelcoX.Bench;

/// <summary>
/// Bulk rows in a few INSERT … SELECT statements over MariaDB's sequence engine (seconds, not minutes):
/// customers with one line each, its consumption and an active data plan too large to ever raise an alert.
/// </summary>
public static class Seeder
{
    public const string MsisdnPrefix = "5939"; // 13 digits: never one of the demo data's numbers

    public static async Task SeedAsync(string connectionString, int customers)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        var existing = Convert.ToInt32(await Scalar(connection, "SELECT COUNT(*) FROM Customers WHERE ContractNumber LIKE 'BENCH-%'"));
        if (existing >= customers)
            return;
        var from = existing + 1;
        var range = $"seq_{from}_to_{customers}";
        await Execute(connection, $"""
            INSERT INTO Customers (Name, Dni, Email, ServiceType, ContractNumber, CreatedAt)
            SELECT CONCAT('Bench Customer ', seq), NULL, NULL, 'prepago', CONCAT('BENCH-', seq), UTC_TIMESTAMP(6) FROM {range}
            """);
        await Execute(connection, $"""
            INSERT INTO PhoneLines (Msisdn, ProductType, CustomerId, PlanId, CreatedAt)
            SELECT CONCAT('{MsisdnPrefix}', LPAD(seq, 9, '0')), 'Movil', c.Id, 1 + seq % 7, UTC_TIMESTAMP(6)
            FROM {range} JOIN Customers c ON c.ContractNumber = CONCAT('BENCH-', seq)
            """);
        var benchLines = $"SELECT Id FROM PhoneLines WHERE Msisdn LIKE '{MsisdnPrefix}_________' AND Id NOT IN (SELECT PhoneLineId FROM Consumptions)";
        await Execute(connection, $"""
            INSERT INTO Consumptions (PhoneLineId, Balance, DataMb, Minutes, UpdatedAt)
            SELECT Id, 20.00, 1024.00, 300, UTC_TIMESTAMP(6) FROM ({benchLines}) AS l
            """);
        await Execute(connection, $"""
            INSERT INTO DataPlans (PhoneLineId, LimitBytes, UsedBytes, SocialBytes, EntertainmentBytes, SystemUpdatesBytes,
                NavigationSearchBytes, StartAt, ExpiresAt, IsActive)
            SELECT l.Id, 1000000000000000, 0, 0, 0, 0, 0, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, UTC_TIMESTAMP(6) + INTERVAL 30 DAY, 1
            FROM PhoneLines l WHERE l.Msisdn LIKE '{MsisdnPrefix}_________' AND l.Id NOT IN (SELECT PhoneLineId FROM DataPlans)
            """);
    }

    /// <summary>Seeded lines, oldest first: each workload takes its own slice, so the row checks stay separate.</summary>
    public static async Task<List<string>> LinesAsync(string connectionString, int count)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(
            $"SELECT Msisdn FROM PhoneLines WHERE Msisdn LIKE '{MsisdnPrefix}_________' ORDER BY Id LIMIT {count}", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
            lines.Add(reader.GetString(0));
        return lines;
    }

    public static async Task<object?> Scalar(MySqlConnection connection, string sql)
    {
        await using var command = new MySqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task Execute(MySqlConnection connection, string sql)
    {
        await using var command = new MySqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
