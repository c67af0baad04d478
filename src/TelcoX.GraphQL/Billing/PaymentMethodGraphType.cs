using GraphQL.Types;

namespace TelcoX.GraphQL.Billing;

public sealed class PaymentMethodGraphType : EnumerationGraphType<PaymentMethod>
{
    public PaymentMethodGraphType()
    {
        Name = "PaymentMethod";
        Description = "How an invoice was paid.";
    }
}
