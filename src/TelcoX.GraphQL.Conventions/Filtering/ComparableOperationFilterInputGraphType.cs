using GraphQL.Types;

namespace TelcoX.GraphQL.Conventions.Filtering;

/// <summary>eq neq in nin gt ngt gte ngte lt nlt lte nlte over one scalar, named as Hot Chocolate names it.</summary>
public abstract class ComparableOperationFilterInputGraphType<TSelf, TScalarGraphType> : InputObjectGraphType<object>
    where TSelf : ComparableOperationFilterInputGraphType<TSelf, TScalarGraphType>
    where TScalarGraphType : ScalarGraphType
{
    protected ComparableOperationFilterInputGraphType(string name)
    {
        Name = name;
        Field<ListGraphType<NonNullGraphType<TSelf>>>("and");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("or");
        foreach (var operation in ComparableOperations.Names)
            Field<TScalarGraphType>(operation);
        Field<ListGraphType<TScalarGraphType>>("in");
        Field<ListGraphType<TScalarGraphType>>("nin");
    }
}

public sealed class IntOperationFilterInputGraphType()
    : ComparableOperationFilterInputGraphType<IntOperationFilterInputGraphType, IntGraphType>("IntOperationFilterInput");

public sealed class LongOperationFilterInputGraphType()
    : ComparableOperationFilterInputGraphType<LongOperationFilterInputGraphType, LongGraphType>("LongOperationFilterInput");

public sealed class DecimalOperationFilterInputGraphType()
    : ComparableOperationFilterInputGraphType<DecimalOperationFilterInputGraphType, DecimalGraphType>("DecimalOperationFilterInput");

public sealed class DateTimeOperationFilterInputGraphType()
    : ComparableOperationFilterInputGraphType<DateTimeOperationFilterInputGraphType, DateTimeGraphType>("DateTimeOperationFilterInput");
