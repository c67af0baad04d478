using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace TelcoX.GraphQL.Conventions.Projection;

public static class ProjectionExtensions
{
    /// <summary>
    /// Selects only the columns the field's selection reads, as Hot Chocolate's <c>.Project(context)</c>:
    /// <c>db.Customers.Where(c =&gt; c.Id == id).Project(context, db).SingleOrDefaultAsync(ct)</c>.
    /// </summary>
    public static IQueryable<T> Project<T>(this IQueryable<T> query, IResolveFieldContext context, DbContext db) where T : class =>
        ProjectionPlan.For<T>(context).Apply(query.AsNoTracking(), db);
}
