using MySqlConnector;

namespace TelcoX.Bench.Floor;

/// <summary>
/// Opens pooled MySqlConnector connections, as Pomelo does underneath EF Core, with the API's pool
/// settings: no reset on open unless the connection string asks for one (DatabaseRegistration.WithoutConnectionReset).
/// </summary>
public sealed class FloorDatabase(string configured)
{
    private readonly string connectionString = WithoutConnectionReset(configured);

    private static string WithoutConnectionReset(string connectionString)
    {
        var builder = new MySqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Connection Reset"))
            builder.ConnectionReset = false;
        return builder.ConnectionString;
    }

    public async Task<MySqlConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(ct);
        return connection;
    }
}

public static class FloorCommands
{
    /// <summary>A command with EF's own parameter names, so the SQL text is exactly what EF sends.</summary>
    public static MySqlCommand Command(this MySqlConnection connection, string sql, MySqlTransaction? transaction = null, params (string Name, object Value)[] parameters)
    {
        var command = new MySqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("@__ef_filter__p_1", true); // the row-scope filter is "true" for staff callers
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return command;
    }
}
