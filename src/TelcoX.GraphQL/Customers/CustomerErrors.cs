using GraphQL;
using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Customers;

/// <summary>Seed messages for customer and line look-ups, kept verbatim: one definition for queries and mutations.</summary>
public static class CustomerErrors
{
    public const string MsisdnNotFound = "Cliente no encontrado";

    public static string UnknownIdMessage(int id) => $"El cliente con id {id} no existe";

    /// <summary>A query's answer: a GraphQL error with code NOT_FOUND.</summary>
    public static ExecutionError UnknownMsisdn() => GraphQLErrors.NotFound(MsisdnNotFound);

    /// <summary>A query's answer: a GraphQL error with code NOT_FOUND.</summary>
    public static ExecutionError UnknownId(int id) => GraphQLErrors.NotFound(UnknownIdMessage(id));

    /// <summary>A mutation's answer: a NotFoundError in its payload.</summary>
    public static DomainException NotFound(int id) => new(new NotFoundError(UnknownIdMessage(id)));
}
