using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Channels;

public sealed class ChannelGraphType : ObjectGraphType<Channel>
{
    public ChannelGraphType()
    {
        Name = "Channel";
        Description = "A message exchanged with a customer by e-mail or call (seed 002's \"canal\").";
        Field(c => c.Id);
        Field(c => c.Kind, type: typeof(NonNullGraphType<ChannelKindGraphType>));
        Field(c => c.Content).Description("What was said or sent; at most 255 characters.");
        Field(c => c.Timestamp).Description("When it was received (UTC).");
        Field<NonNullGraphType<CustomerGraphType>>("customer").ResolveAsync(CustomerAsync);
    }

    // One query per parent for now; a function of its own so a DataLoader can replace it.
    private static Task<object?> CustomerAsync(IResolveFieldContext<Channel> context) =>
        context.QueryAsync((db, ct) => db.Customers.AsNoTracking().SingleAsync(c => c.Id == context.Source.CustomerId, ct));
}
