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
    /// loader set per request, and the clock that derived fields such as OVERDUE are read against.
    /// </summary>
    public static IServiceCollection AddTelcoConventions(this IServiceCollection services)
    {
        services.TryAddTransient(typeof(FilterInputGraphType<>));
        services.TryAddTransient(typeof(ListFilterInputGraphType<>));
        services.TryAddTransient(typeof(EnumOperationFilterInputGraphType<>));
        services.TryAddTransient(typeof(SortInputGraphType<>));
        services.TryAddScoped<DataLoaderContext>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
