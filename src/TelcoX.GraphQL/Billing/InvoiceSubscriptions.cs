using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Billing;

public static class InvoiceSubscriptions
{
    public static void AddInvoiceSubscriptions(this ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<InvoiceGraphType>>("onInvoiceStatusChanged")
            .Description("A contract's invoice each time one is issued or changes status (UNPAID, PAID).")
            .Argument<NonNullGraphType<StringGraphType>>("contractNumber")
            .ResolveAsync(context =>
            {
                var number = ((InvoiceStatusChanged)context.Source!).InvoiceNumber;
                return context.QueryAsync(async (db, ct) => await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Number == number, ct)
                    ?? throw GraphQLErrors.NotFound($"Invoice {number} not found"));
            })
            .ResolveStreamAsync(async context =>
            {
                var contractNumber = context.GetArgument<string>("contractNumber");
                if (await context.QueryAsync((db, ct) => db.Customers.AnyAsync(c => c.ContractNumber == contractNumber, ct)) is not true)
                    throw GraphQLErrors.NotFound($"Contract {contractNumber} not found");
                return context.RequestServices!.GetRequiredService<EventBus>().Subscribe<InvoiceStatusChanged>(contractNumber);
            });
}
