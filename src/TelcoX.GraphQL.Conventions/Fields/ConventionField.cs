using System.Linq.Expressions;

namespace TelcoX.GraphQL.Conventions.Fields;

/// <summary>
/// One filterable/sortable field. <paramref name="Accessor"/> is <c>(entity, now) => value</c>;
/// <paramref name="Type"/> is the value's type, or the element type for a list.
/// </summary>
public sealed record ConventionField(string Name, ConventionFieldKind Kind, Type Type, LambdaExpression Accessor)
{
    /// <summary>The accessor's body over <paramref name="instance"/>, ready to embed in a larger tree.</summary>
    public Expression Bind(Expression instance, Expression now) =>
        new ParameterReplacer(Accessor.Parameters[0], instance, Accessor.Parameters[1], now).Visit(Accessor.Body);

    private sealed class ParameterReplacer(ParameterExpression entity, Expression instance, ParameterExpression clock, Expression now)
        : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == entity ? instance : node == clock ? now : node;
    }
}
