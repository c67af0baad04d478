using TelcoX.Admin.GraphQL;

namespace TelcoX.Admin.Components.Pages.Billing;

/// <summary>The payment methods as an admin reads them.</summary>
public static class PaymentMethods
{
    public static IReadOnlyList<PaymentMethod> All { get; } =
        [PaymentMethod.Transferencia, PaymentMethod.Tarjeta, PaymentMethod.Efectivo, PaymentMethod.MonederosDigitales];

    public static string Label(PaymentMethod? method) => method switch
    {
        PaymentMethod.Transferencia => "Bank transfer",
        PaymentMethod.Tarjeta => "Card",
        PaymentMethod.Efectivo => "Cash",
        PaymentMethod.MonederosDigitales => "Digital wallet",
        _ => "—",
    };
}
