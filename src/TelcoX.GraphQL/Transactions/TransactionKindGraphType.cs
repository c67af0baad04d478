using GraphQL.Types;

namespace TelcoX.GraphQL.Transactions;

public sealed class TransactionKindGraphType : EnumerationGraphType<TransactionKind>
{
    public TransactionKindGraphType()
    {
        Name = "TransactionKind";
        Description = "What moved money or value on a customer's account.";
    }
}
