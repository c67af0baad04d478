using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Conventions.Filtering;
using TelcoX.GraphQL.Conventions.Sorting;

namespace TelcoX.GraphQL.Conventions;

public static class ConventionRegistration
{
    /// <summary>
    /// What the conventions need from DI: the generic filter and sort inputs (the DI scan of graph
    /// types skips open generics, and the schema resolves every graph type from the container), one
    /// loader set per request, the clock that derived fields such as OVERDUE are read against, and
    /// optionally how a root field creates its <typeparamref name="TDbContext"/> (see
    /// <see cref="FieldDbContextFactory{TDbContext}"/>). The app registers <see cref="IDbContextFactory{TContext}"/> itself.
    /// </summary>
    public static IServiceCollection AddConventions<TDbContext>(this IServiceCollection services,
        Func<IResolveFieldContext, TDbContext>? createForField = null)
        where TDbContext : DbContext
    {
        services.TryAddTransient(typeof(FilterInputGraphType<>));
        services.TryAddTransient(typeof(ListFilterInputGraphType<>));
        services.TryAddTransient(typeof(EnumOperationFilterInputGraphType<>));
        services.TryAddTransient(typeof(SortInputGraphType<>));
        // An app's scan of graph types covers its own assembly; these are the operation inputs, page info and sort enum.
        foreach (var type in typeof(ConventionRegistration).Assembly.GetTypes().Where(IsRegistrable))
            services.TryAddTransient(type);
        services.TryAddTransient<PageInfoType>(); // graphql-dotnet's Relay page info, which connections return
        services.TryAddScoped<DataLoaderContext>();
        services.TryAddSingleton(TimeProvider.System);
        if (createForField is not null)
            services.TryAddSingleton(new FieldDbContextFactory<TDbContext>(createForField));
        return services;
    }

    private static bool IsRegistrable(Type type) =>
        typeof(IGraphType).IsAssignableFrom(type) && type is { IsAbstract: false, IsGenericTypeDefinition: false }
        && !type.IsDefined(typeof(DoNotRegisterAttribute), inherit: false);
}
