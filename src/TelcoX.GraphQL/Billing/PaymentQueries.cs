using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Billing;

public static class PaymentQueries
{
    public static void AddPaymentQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentGraphType>>>>("payments")
            .Description("Every payment, by id.")
            .ResolveAsync(context => context.QueryAsync((db, ct) => db.Payments.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct)));
}
