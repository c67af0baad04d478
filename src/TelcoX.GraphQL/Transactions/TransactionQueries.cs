using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Transactions;

public static class TransactionQueries
{
    public static void AddTransactionQueries(this ObjectGraphType query) =>
        query.Connection<TransactionGraphType, Transaction>("transactions", db => db.Transactions)
            .Description = "Transactions, filtered, sorted and paged; by id unless ordered.";
}
