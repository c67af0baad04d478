using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Billing;

public static class PaymentQueries
{
    public static void AddPaymentQueries(this ObjectGraphType query) =>
        query.Connection<PaymentGraphType, Payment>("payments", db => db.Payments)
            .Description = "Payments, filtered, sorted and paged; by id unless ordered.";
}
