using GraphQL;
using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Customers;

/// <summary>Seed messages for customer and line look-ups, kept verbatim.</summary>
public static class CustomerErrors
{
    public const string MsisdnNotFound = "Cliente no encontrado";

    public static ExecutionError UnknownMsisdn() => GraphQLErrors.NotFound(MsisdnNotFound);

    public static ExecutionError UnknownId(int id) => GraphQLErrors.NotFound($"El cliente con id {id} no existe");
}
