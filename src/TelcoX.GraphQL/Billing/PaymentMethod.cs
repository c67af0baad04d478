namespace TelcoX.GraphQL.Billing;

public enum PaymentMethod
{
    Transferencia,
    Tarjeta,
    Efectivo,
    MonederosDigitales,
}
