using System.Linq.Expressions;
using GraphQL.Builders;
using GraphQL.Types;

namespace TelcoX.GraphQL.Conventions.Projection;

/// <summary>
/// Which members of its source a field's resolver reads, so that projection selects those columns.
/// A field defined by a property (<c>Field(c =&gt; c.Name)</c>) needs no declaration; a field with a
/// resolver of its own does, else any query that selects it loads the whole row (never too little).
/// </summary>
public static class ProjectionRequirements
{
    internal const string MetadataKey = "telcox.projection.requires";

    // Where graphql-dotnet 8 records the property of Field(x => x.Property); its constant is internal.
    private const string ExpressionPropertyKey = "ORIGINAL_EXPRESSION_PROPERTY_NAME";

    /// <summary><c>Field&lt;CustomerGraphType&gt;("customer").Requires(l =&gt; l.CustomerId).Resolve(…)</c>.</summary>
    public static FieldBuilder<TSource, TReturn> Requires<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field,
        params Expression<Func<TSource, object?>>[] members)
    {
        field.FieldType.Requires(members);
        return field;
    }

    public static FieldType Requires(this FieldType field, params LambdaExpression[] members)
    {
        var names = field.GetMetadata<string[]>(MetadataKey) ?? [];
        field.Metadata[MetadataKey] = names.Concat(members.SelectMany(MemberNames.Of)).Distinct().ToArray();
        return field;
    }

    /// <summary>The members the field reads, or null when unknown (a resolver that declared nothing).</summary>
    internal static IReadOnlyList<string>? Of(FieldType field)
    {
        if (field.GetMetadata<string[]>(MetadataKey) is { } declared)
            return declared;
        if (field.GetMetadata<string>(ExpressionPropertyKey) is { } property)
            return [property];
        return field.Resolver is null ? [field.Name] : null; // the default resolver reads the property of the field's name
    }
}
