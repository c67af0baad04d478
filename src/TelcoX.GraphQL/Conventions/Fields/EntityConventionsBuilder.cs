using System.Linq.Expressions;

namespace TelcoX.GraphQL.Conventions.Fields;

public sealed class EntityConventionsBuilder<T> : IEntityConventionsResult
{
    private readonly HashSet<string> ignored = [];
    private readonly List<ConventionField> mapped = [];

    IReadOnlySet<string> IEntityConventionsResult.Ignored => ignored;
    IReadOnlyList<ConventionField> IEntityConventionsResult.Mapped => mapped;

    /// <summary>The property is neither filterable nor sortable (e.g. a password hash).</summary>
    public EntityConventionsBuilder<T> Ignore<TValue>(Expression<Func<T, TValue>> property)
    {
        ignored.Add(((MemberExpression)property.Body).Member.Name);
        return this;
    }

    /// <summary>A field computed in SQL from the row and the request's clock (e.g. OVERDUE).</summary>
    public EntityConventionsBuilder<T> Field<TValue>(string name, Expression<Func<T, DateTime, TValue>> expression)
    {
        mapped.Add(new ConventionField(name, ConventionFieldKind.Scalar, typeof(TValue), expression));
        return this;
    }
}
