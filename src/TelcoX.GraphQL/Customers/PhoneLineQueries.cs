using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Customers;

public static class PhoneLineQueries
{
    public static void AddPhoneLineQueries(this ObjectGraphType query)
    {
        query.Field<PhoneLineGraphType>("line")
            .Description("One phone line, by msisdn.")
            .Argument<NonNullGraphType<StringGraphType>>("msisdn")
            .ResolveAsync(LineAsync);
        query.Connection<PhoneLineGraphType, PhoneLine>("phoneLines", db => db.PhoneLines)
            .Description = "Phone lines, filtered, sorted and paged; by id unless ordered.";
    }

    private static Task<object?> LineAsync(IResolveFieldContext<object?> context)
    {
        var msisdn = context.GetArgument<string>("msisdn");
        return context.QueryAsync((db, ct) => db.LineByMsisdnAsync(msisdn, ct));
    }
}
