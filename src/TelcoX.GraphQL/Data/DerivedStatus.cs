using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace TelcoX.GraphQL.Data;

public static class DerivedStatus
{
    /// <summary>
    /// The rows whose status, by the entity's one rule (<c>Invoice.Status</c>, <c>Coupon.Status</c>), is
    /// <paramref name="status"/> at <paramref name="now"/>: a filter SQL translates, so a job and a query cannot disagree.
    /// </summary>
    public static Expression<Func<T, bool>> Is<T, TStatus>(Expression<Func<T, DateTime, TStatus>> rule, TStatus status, DateTime now)
        where TStatus : struct, Enum
    {
        // A property of a captured object, as a closure is: EF Core sends it as a parameter.
        var at = Expression.Property(Expression.Constant(new Moment(now)), nameof(Moment.Now));
        var derived = ReplacingExpressionVisitor.Replace(rule.Parameters[1], at, rule.Body);
        var underlying = Enum.GetUnderlyingType(typeof(TStatus));
        var equal = Expression.Equal(Expression.Convert(derived, underlying), Expression.Convert(Expression.Constant(status), underlying));
        return Expression.Lambda<Func<T, bool>>(equal, rule.Parameters[0]);
    }

    private sealed record Moment(DateTime Now);
}
