using System.Linq.Expressions;

namespace TelcoX.GraphQL.Conventions.Fields;

public sealed class EntityConventionsBuilder<T> : IEntityConventionsResult
{
    private readonly HashSet<string> ignored = [];
    private readonly List<ConventionField> mapped = [];
    private string key = "Id";

    IReadOnlySet<string> IEntityConventionsResult.Ignored => ignored;
    IReadOnlyList<ConventionField> IEntityConventionsResult.Mapped => mapped;
    string IEntityConventionsResult.Key => key;

    /// <summary>The unique property that ends every order (cursors need one place per row); Id unless set.</summary>
    public EntityConventionsBuilder<T> Key<TValue>(Expression<Func<T, TValue>> property)
    {
        key = ((MemberExpression)property.Body).Member.Name;
        return this;
    }

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
