using System.Linq.Expressions;
using TelcoX.GraphQL.Conventions.Fields;

namespace TelcoX.GraphQL.Conventions.Filtering;

/// <summary>Numbers, dates, enums and booleans: equality, membership and (where ordered) comparisons.</summary>
internal static class ComparableOperations
{
    public static readonly string[] Names = ["eq", "neq", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    public static Expression Build(string operation, Expression column, object? value)
    {
        if (operation is "in" or "nin")
            return ListOperations.In(operation, column, value);
        if (value is null)
            return operation switch
            {
                "eq" => ScalarTypes.IsNullable(column.Type) ? Expression.Equal(column, Expression.Constant(null, column.Type)) : Expression.Constant(false),
                "neq" => ScalarTypes.IsNullable(column.Type) ? Expression.NotEqual(column, Expression.Constant(null, column.Type)) : Expression.Constant(true),
                _ => throw new BadUserInputError($"The operation '{operation}' needs a value."),
            };

        var parameter = ValueParameter.Of(value, column.Type);
        return operation switch
        {
            "eq" => Expression.Equal(column, parameter),
            "neq" => Expression.NotEqual(column, parameter),
            "gt" => Expression.GreaterThan(column, parameter),
            "ngt" => Expression.Not(Expression.GreaterThan(column, parameter)),
            "gte" => Expression.GreaterThanOrEqual(column, parameter),
            "ngte" => Expression.Not(Expression.GreaterThanOrEqual(column, parameter)),
            "lt" => Expression.LessThan(column, parameter),
            "nlt" => Expression.Not(Expression.LessThan(column, parameter)),
            "lte" => Expression.LessThanOrEqual(column, parameter),
            "nlte" => Expression.Not(Expression.LessThanOrEqual(column, parameter)),
            _ => throw new BadUserInputError($"Unknown operation '{operation}'."),
        };
    }
}
