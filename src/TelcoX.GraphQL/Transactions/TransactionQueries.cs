using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Transactions;

public static class TransactionQueries
{
    public static void AddTransactionQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransactionGraphType>>>>("transactions")
            .Description("Every transaction, by id.")
            .ResolveAsync(context => context.QueryAsync((db, ct) => db.Transactions.AsNoTracking().OrderBy(t => t.Id).ToListAsync(ct)));
}
