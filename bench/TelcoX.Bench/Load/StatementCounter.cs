using MySqlConnector;

namespace TelcoX.Bench.Load;

/// <summary>
/// Counts the SQL statements a request costs from MariaDB's own counters (Com_select, Com_insert,
/// Com_update, Com_delete): nothing else uses the bench's private server while it runs.
/// </summary>
public static class StatementCounter
{
    public static async Task<long> CountAsync(string connectionString, Func<Task> request)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        var before = await TotalAsync(connection);
        await request();
        await Task.Delay(200); // the counters are bumped as statements finish
        return await TotalAsync(connection) - before - 1; // the second counting SELECT counts itself
    }

    private static async Task<long> TotalAsync(MySqlConnection connection)
    {
        await using var command = new MySqlCommand(
            "SELECT SUM(VARIABLE_VALUE) FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN ('COM_SELECT','COM_INSERT','COM_UPDATE','COM_DELETE')",
            connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
