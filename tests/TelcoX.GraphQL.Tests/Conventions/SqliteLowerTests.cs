using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions.Filtering;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Tests.Conventions;

/// <summary>Why <see cref="SqliteUnicodeLower"/> exists: SQLite's own lower() leaves non-ASCII letters alone.</summary>
public sealed class SqliteLowerTests
{
    [Fact]
    public async Task SqliteBuiltInLowerFoldsAsciiOnlyAndTheReplacementFoldsSpanish()
    {
        await using var plain = new SqliteConnection("Data Source=:memory:");
        await plain.OpenAsync();
        await using var builtIn = new SqliteCommand("SELECT lower('ÁLVARO ÑÚÑEZ')", plain);

        var options = new DbContextOptionsBuilder<SqliteTelcoDbContext>().UseSqlite("Data Source=:memory:")
            .AddInterceptors(new SqliteUnicodeLower()).Options;
        await using var db = new SqliteTelcoDbContext(options);
        await db.Database.OpenConnectionAsync();
        await using var replaced = db.Database.GetDbConnection().CreateCommand();
        replaced.CommandText = "SELECT lower('ÁLVARO ÑÚÑEZ')";

        Assert.Equal("Álvaro ÑÚÑez", await builtIn.ExecuteScalarAsync());
        Assert.Equal("álvaro ñúñez", await replaced.ExecuteScalarAsync());
    }
}
