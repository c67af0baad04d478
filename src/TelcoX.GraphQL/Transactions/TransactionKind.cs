namespace TelcoX.GraphQL.Transactions;

public enum TransactionKind
{
    Payment,
    CouponIssued,
    CouponUsed,
    CouponExpired,
    Purchase,
    Recharge,
}
