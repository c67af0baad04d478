using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TelcoX.GraphQL.Data;

// Used only by `dotnet ef migrations add`: no server is needed to generate migrations.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTelcoDbContext>
{
    public SqliteTelcoDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTelcoDbContext>().UseSqlite(DatabaseRegistration.DefaultSqliteConnection).Options);
}

internal sealed class MySqlDesignTimeFactory : IDesignTimeDbContextFactory<MySqlTelcoDbContext>
{
    public MySqlTelcoDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MySqlTelcoDbContext>()
            .UseMySql("Server=127.0.0.1;Database=telcox", new MySqlServerVersion(new Version(8, 0, 36)))
            .Options);
}
