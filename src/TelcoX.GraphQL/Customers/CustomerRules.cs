using System.Text.RegularExpressions;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Customers;

/// <summary>The input rules every customer and line mutation shares; each breach throws its payload error.</summary>
public static partial class CustomerRules
{
    public const string NameAndServiceTypeRequired = "Nombre y tipo de servicio son obligatorios";

    // The column widths, checked here so MySQL's strict mode never turns a long value into a 500.
    public const int NameMax = 200, DniMax = 20, EmailMax = 254, ServiceTypeMax = 50, ContractNumberMax = 32;

    /// <summary>5–15 ASCII digits with an optional leading '+'; [0-9], not \d, which also matches other scripts' digits.</summary>
    [GeneratedRegex("^\\+?[0-9]{5,15}$")]
    private static partial Regex MsisdnPattern();

    public static string Msisdn(string? msisdn) =>
        msisdn is not null && MsisdnPattern().IsMatch(msisdn)
            ? msisdn
            : throw Invalid("msisdn inválido: de 5 a 15 dígitos, con un '+' inicial opcional", "msisdn");

    /// <summary>A required text: trimmed, not blank, within its column.</summary>
    public static string Required(string? value, string field, int max, string missingMessage)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw Invalid(missingMessage, field);
        return Bounded(value.Trim(), field, max);
    }

    /// <summary>An optional text: trimmed, blank read as absent, within its column.</summary>
    public static string? Optional(string? value, string field, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : Bounded(value.Trim(), field, max);

    public static string? Email(string? email)
    {
        var value = Optional(email, "email", EmailMax);
        // A light check only: one '@' with text on both sides and no spaces.
        if (value is not null && (value.Count(c => c == '@') != 1 || value.StartsWith('@') || value.EndsWith('@') || value.Any(char.IsWhiteSpace)))
            throw Invalid("email inválido", "email");
        return value;
    }

    /// <summary>Readable (see <see cref="ReadableText"/>), stored in NFC, within its column.</summary>
    private static string Bounded(string value, string field, int max)
    {
        if (ReadableText.FirstRefused(value) is { } refused)
            throw Invalid($"{field} no admite caracteres de control ni de formato invisibles (se encontró {refused})", field);
        var normalized = ReadableText.Nfc(value);
        return normalized.Length <= max ? normalized : throw Invalid($"{field} admite a lo sumo {max} caracteres", field);
    }

    private static DomainException Invalid(string message, string field) => new(new ValidationError(message, field));
}
