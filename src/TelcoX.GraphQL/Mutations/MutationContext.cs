using GraphQL;
using TelcoX.GraphQL.Auth;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Events;

namespace TelcoX.GraphQL.Mutations;

/// <summary>What a mutation needs from its request besides the database: the clock, the caller, the bus.</summary>
public static class MutationContext
{
    /// <summary>The claim a signed-in CUSTOMER user carries: the id of the customer they are.</summary>
    public const string CustomerIdClaim = "customer_id";

    /// <summary>The request's clock, the one the conventions read too (<see cref="RequestClock"/>).</summary>
    public static DateTime UtcNow(this IResolveFieldContext context) => RequestClock.Now(context);

    /// <summary>
    /// The customer whose rows the caller may touch: null for ADMIN and AGENT (any row); a CUSTOMER's
    /// own id; for anyone else an id no row has (see <see cref="CallerScope"/>).
    /// </summary>
    public static int? CallerCustomerId(this IResolveFieldContext context) => CallerScope.CustomerIdOf(context.User);

    /// <summary>Publishes what a committed mutation produced, in order; call it only once the transaction has committed.</summary>
    public static async Task PublishAsync(this IResolveFieldContext context, IEnumerable<IDomainEvent> events)
    {
        var bus = context.RequestServices!.GetRequiredService<EventBus>();
        foreach (var domainEvent in events)
            await bus.PublishAsync(domainEvent);
    }
}
