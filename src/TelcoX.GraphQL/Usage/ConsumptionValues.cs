using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Usage;

/// <summary>Checks a value a client sets on a consumption: refused, never clamped or rounded.</summary>
public static class ConsumptionValues
{
    public static decimal? Amount(decimal? value, string field) => value switch
    {
        null => null,
        < 0 => throw Invalid($"{field} no puede ser negativo", field),
        > Money.Max => throw Invalid($"{field} admite a lo sumo {Money.Max}", field),
        var amount when amount != Math.Round(amount.Value, 2) => throw Invalid($"{field} admite a lo sumo dos decimales", field),
        _ => value,
    };

    public static int? Minutes(int? value) =>
        value < 0 ? throw Invalid("minutes no puede ser negativo", "minutes") : value;

    private static DomainException Invalid(string message, string field) => new(new ValidationError(message, field));
}
