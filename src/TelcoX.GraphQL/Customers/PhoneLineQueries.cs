using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
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
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PhoneLineGraphType>>>>("phoneLines")
            .Description("Every phone line, by id.")
            .ResolveAsync(context => context.QueryAsync((db, ct) => db.PhoneLines.AsNoTracking().OrderBy(l => l.Id).ToListAsync(ct)));
    }

    private static Task<object?> LineAsync(IResolveFieldContext<object?> context)
    {
        var msisdn = context.GetArgument<string>("msisdn");
        return context.QueryAsync((db, ct) => db.LineByMsisdnAsync(msisdn, ct));
    }
}
