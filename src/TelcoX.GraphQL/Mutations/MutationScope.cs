using System.Security.Claims;
using GraphQL;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Mutations;

/// <summary>What a mutation's rule works with: its transaction's database, the request's one clock, the caller.</summary>
public sealed record MutationScope(TelcoDbContext Db, DateTime Now, IResolveFieldContext Context, CancellationToken Cancellation)
{
    /// <summary>The customer whose rows the caller may touch; null for staff (see <see cref="MutationContext.CallerCustomerId"/>).</summary>
    public int? CallerCustomerId => Context.CallerCustomerId();

    public ClaimsPrincipal? User => Context.User;

    public T Service<T>() where T : notnull => Context.RequestServices!.GetRequiredService<T>();
}
