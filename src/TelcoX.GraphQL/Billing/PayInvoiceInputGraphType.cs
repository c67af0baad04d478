using GraphQL.Types;

namespace TelcoX.GraphQL.Billing;

public sealed class PayInvoiceInputGraphType : InputObjectGraphType<PayInvoiceInput>
{
    public PayInvoiceInputGraphType()
    {
        Name = "PayInvoiceInput";
        Field(i => i.InvoiceNumber, nullable: true).Description("The invoice to pay; or give couponCode.");
        Field(i => i.CouponCode, nullable: true).Description("A live coupon of the invoice to pay; or give invoiceNumber.");
        Field(i => i.Amount).Description("Must equal the invoice total exactly.");
        Field(i => i.Method, type: typeof(NonNullGraphType<PaymentMethodGraphType>));
    }
}
