using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace TelcoX.GraphQL.Conventions;

/// <summary>
/// The hook through which a root convention field (a connection or collection segment) gets its
/// DbContext: register one with <see cref="ConventionRegistration.AddConventions{TDbContext}"/> to
/// set per-caller state on it, such as a row scope. Without one, and always for batched loads under
/// a parent (whose keys come from rows the parent already read), a new context comes from
/// <see cref="IDbContextFactory{TContext}"/>: sibling fields resolve in parallel, so each takes its own.
/// </summary>
public sealed class FieldDbContextFactory<TDbContext>(Func<IResolveFieldContext, TDbContext> create)
    where TDbContext : DbContext
{
    public TDbContext Create(IResolveFieldContext context) => create(context);

    internal static TDbContext ForField(IResolveFieldContext context) =>
        context.RequestServices?.GetService<FieldDbContextFactory<TDbContext>>() is { } hook
            ? hook.Create(context)
            : ForBatch(context.RequestServices ?? throw new InvalidOperationException("The conventions need the request's services."));

    internal static TDbContext ForBatch(IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<TDbContext>>().CreateDbContext();
}
