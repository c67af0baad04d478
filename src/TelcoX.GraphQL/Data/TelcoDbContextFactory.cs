using Microsoft.EntityFrameworkCore;

namespace TelcoX.GraphQL.Data;

/// <summary>Hands out the provider's context as the base type, so features never name a provider.</summary>
internal sealed class TelcoDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<TelcoDbContext>
    where TContext : TelcoDbContext
{
    public TelcoDbContext CreateDbContext()
    {
        var db = inner.CreateDbContext();
        db.ScopeCustomerId = null; // a pooled context starts unscoped, whoever used it last
        return db;
    }
}
