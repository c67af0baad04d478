using GraphQL.Types;

namespace TelcoX.GraphQL.Schema;

/// <summary>
/// The built-in <c>Decimal</c> scalar, written without trailing zeros. SQLite hands back 10.5 and
/// MySQL 10.50 for the same money; clients see one answer, whichever database is behind.
/// </summary>
public sealed class CanonicalDecimalGraphType : DecimalGraphType
{
    public CanonicalDecimalGraphType() => Name = "Decimal";

    public override object? Serialize(object? value) => base.Serialize(value) switch
    {
        decimal number => number / 1.000000000000000000000000000000000m,
        var other => other,
    };
}
