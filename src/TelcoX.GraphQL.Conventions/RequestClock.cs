using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace TelcoX.GraphQL.Conventions;

/// <summary>
/// The request's clock: the registered <see cref="TimeProvider"/> (tests pin one), else the system's.
/// Derived fields (OVERDUE, EXPIRED) read it both in filters and in resolvers, so both agree.
/// </summary>
public static class RequestClock
{
    public static DateTime Now(IResolveFieldContext context) =>
        (context.RequestServices?.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime;
}
