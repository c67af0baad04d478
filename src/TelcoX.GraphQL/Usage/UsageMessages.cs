namespace TelcoX.GraphQL.Usage;

/// <summary>The seeds' messages for consumption and usage mutations, verbatim.</summary>
public static class UsageMessages
{
    public const string MsisdnRequired = "msisdn es requerido para actualizaciones";
    public const string UnknownMsisdn = "Cliente no encontrado";
    public const string NoConsumption = "Consumo no encontrado";
    public const string NoActiveDataPlan = "No active data plan for this phone_number";
}
