using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TelcoX.GraphQL.Tests.Conventions;

/// <summary>Counts EF's query compilations: EF calls this only when a query shape misses its cache.</summary>
public sealed class QueryCompilations : IQueryExpressionInterceptor
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData)
    {
        Interlocked.Increment(ref count);
        return queryExpression;
    }
}
