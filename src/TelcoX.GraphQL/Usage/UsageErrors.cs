using GraphQL;
using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Usage;

/// <summary>
/// The messages of consumption and data plan look-ups and changes, verbatim; each is defined once. An
/// unknown msisdn reads as a missing customer: <see cref="Customers.CustomerErrors.MsisdnNotFound"/>.
/// </summary>
public static class UsageErrors
{
    public const string MsisdnRequired = "msisdn es requerido para actualizaciones";
    public const string ConsumptionNotFound = "Consumo no encontrado";
    public const string ActiveDataPlanNotFound = "No active data plan for this phone_number";

    public static ExecutionError NoConsumption() => GraphQLErrors.NotFound(ConsumptionNotFound);

    public static ExecutionError NoActiveDataPlan() => GraphQLErrors.NotFound(ActiveDataPlanNotFound);
}
