using GraphQL.Types;
using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Schema;

/// <summary>The root mutation type: each feature adds its own fields.</summary>
public sealed class TelcoMutation : ObjectGraphType
{
    public TelcoMutation()
    {
        Name = "Mutation";
        this.AddCustomerMutations();
        this.AddChannelMutations();
        this.AddUserMutations();
        this.AddMutations();
    }
}
