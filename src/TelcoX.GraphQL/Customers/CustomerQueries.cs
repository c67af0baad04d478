using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Schema;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Customers;

public static class CustomerQueries
{
    public static void AddCustomerQueries(this ObjectGraphType query)
    {
        query.Field<CustomerGraphType>("customer")
            .Description("One customer, by id.")
            .Argument<NonNullGraphType<IntGraphType>>("id")
            .ResolveAsync(CustomerAsync);
        query.Field<CustomerGraphType>("customerByMsisdn")
            .Description("The customer who holds a line, by the line's msisdn.")
            .Argument<NonNullGraphType<StringGraphType>>("msisdn")
            .ResolveAsync(CustomerByMsisdnAsync);
        query.Connection<CustomerGraphType, Customer>("customers", db => db.Customers)
            .Description = "Customers, filtered, sorted and paged; by id unless ordered.";
    }

    private static Task<object?> CustomerAsync(IResolveFieldContext<object?> context)
    {
        var id = context.GetArgument<int>("id");
        return context.OneOrNotFoundAsync(db => db.Customers.Where(c => c.Id == id), CustomerErrors.UnknownId(id).Message);
    }

    private static Task<object?> CustomerByMsisdnAsync(IResolveFieldContext<object?> context)
    {
        var msisdn = context.GetArgument<string>("msisdn");
        return context.OneOrNotFoundAsync(db => db.PhoneLines.AsNoTracking().Where(l => l.Msisdn == msisdn).Select(l => l.Customer), CustomerErrors.MsisdnNotFound);
    }
}
