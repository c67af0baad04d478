using GraphQL.Types;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Schema;

/// <summary>The root mutation type: every <see cref="Mutation{TInput,TPayload}"/> in the API, each from its own file.</summary>
public sealed class TelcoMutation : ObjectGraphType
{
    public TelcoMutation()
    {
        Name = "Mutation";
        this.AddMutations();
    }
}
