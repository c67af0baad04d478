using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Billing;

/// <summary>A test of a race only MariaDB lets happen: SQLite queues every writer at BEGIN IMMEDIATE.</summary>
public sealed class MariaDbFactAttribute : FactAttribute
{
    public MariaDbFactAttribute()
    {
        if (!TestDatabase.IsMySql)
            Skip = $"Runs on MariaDB only: set {TestDatabase.MySqlVariable}.";
    }
}
