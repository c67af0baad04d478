using System.Linq.Expressions;

namespace TelcoX.GraphQL.Conventions.Projection;

/// <summary>The members of the lambda's parameter an expression reads: <c>x =&gt; x.CustomerId</c>, <c>x =&gt; new { x.A, x.B }</c>.</summary>
internal static class MemberNames
{
    public static IReadOnlyList<string> Of(LambdaExpression expression)
    {
        var reader = new Reader(expression.Parameters[0]);
        reader.Visit(expression.Body);
        return reader.Names;
    }

    private sealed class Reader(ParameterExpression parameter) : ExpressionVisitor
    {
        public List<string> Names { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == parameter)
                Names.Add(node.Member.Name);
            return base.VisitMember(node);
        }
    }
}
