using GraphQL.Types;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Channels;

public sealed class ChannelGraphType : ObjectGraphType<Channel>
{
    public ChannelGraphType()
    {
        var customerById = BatchedRows.By(db => db.Customers, customer => customer.Id);
        Name = "Channel";
        Description = "A message exchanged with a customer by e-mail or call.";
        Field(c => c.Id);
        Field(c => c.Kind, type: typeof(NonNullGraphType<ChannelKindGraphType>));
        Field(c => c.Content).Description("What was said or sent; at most 255 characters.");
        Field(c => c.Timestamp).Description("When it was received (UTC).");
        Field<NonNullGraphType<CustomerGraphType>>("customer").Requires(m => m.CustomerId)
            .Resolve(c => customerById.One(c, c.Source.CustomerId));
    }
}
