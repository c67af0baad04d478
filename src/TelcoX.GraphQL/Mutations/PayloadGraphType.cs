using GraphQL.Types;

namespace TelcoX.GraphQL.Mutations;

/// <summary>
/// Hot Chocolate's mutation convention: <c>fooBar(input: FooBarInput!): FooBarPayload!</c> whose
/// <c>errors: [FooBarError!]</c> is a union of the error types this mutation can answer with.
/// </summary>
public abstract class PayloadGraphType<TPayload> : ObjectGraphType<TPayload> where TPayload : Payload
{
    protected PayloadGraphType(string mutationName, params Type[] errorGraphTypes)
    {
        var prefix = char.ToUpperInvariant(mutationName[0]) + mutationName[1..];
        Name = $"{prefix}Payload";
        var errors = new UnionGraphType { Name = $"{prefix}Error", Description = $"What can stop {mutationName}." };
        foreach (var errorGraphType in errorGraphTypes)
            errors.Type(errorGraphType);
        Field("errors", new ListGraphType(new NonNullGraphType(errors)))
            .Description("Null on success; otherwise why nothing changed.")
            .Resolve(context => context.Source.Errors);
    }
}
