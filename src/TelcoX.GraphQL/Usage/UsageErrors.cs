using GraphQL;
using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Usage;

/// <summary>Seed messages for consumption and data plan look-ups, kept verbatim.</summary>
public static class UsageErrors
{
    public static ExecutionError NoConsumption() => GraphQLErrors.NotFound("Consumo no encontrado");

    public static ExecutionError NoActiveDataPlan() => GraphQLErrors.NotFound("No active data plan for this phone_number");
}
