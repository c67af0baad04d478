using GraphQL.Types;

namespace TelcoX.GraphQL.Coupons;

public sealed class GenerateCouponInputGraphType : InputObjectGraphType<GenerateCouponInput>
{
    public GenerateCouponInputGraphType()
    {
        Name = "GenerateCouponInput";
        Field(i => i.InvoiceNumber).Description("An UNPAID or OVERDUE invoice without a live coupon.");
        Field(i => i.ExpiresAt, nullable: true).Description($"In the future, at most {CouponIssuing.MaxValidityDays} days ahead; 30 days from now when omitted.");
    }
}
