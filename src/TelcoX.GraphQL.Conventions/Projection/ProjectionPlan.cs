using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions.Paging;

namespace TelcoX.GraphQL.Conventions.Projection;

/// <summary>
/// The members of an entity a field's selection reads — through <c>nodes</c>, <c>edges.node</c> and
/// <c>items</c>, fragments included — plus what the resolver itself needs (keys to batch on).
/// <see cref="Members"/> null means the whole row: a selected field whose needs are unknown.
/// </summary>
public sealed class ProjectionPlan
{
    // One document's field always selects the same members: the plan is cached on its syntax node.
    private static readonly ConditionalWeakTable<GraphQLField, ProjectionPlan> Cache = [];

    private ProjectionPlan(IReadOnlySet<string>? members) =>
        (Members, Signature) = (members, members is null ? "*" : string.Join(",", members.Order(StringComparer.Ordinal)));

    public static ProjectionPlan Whole { get; } = new(null);

    public IReadOnlySet<string>? Members { get; }

    /// <summary>Tells plans apart, e.g. in a data loader's name: two selections must not share one loader.</summary>
    public string Signature { get; }

    /// <summary>The plan for the field being resolved, plus <paramref name="required"/> (e.g. a foreign key).</summary>
    public static ProjectionPlan For<T>(IResolveFieldContext context, params LambdaExpression[] required)
    {
        var plan = Cache.GetValue(context.FieldAst, _ => Build(context.FieldDefinition, context.FieldAst, context.Document, typeof(T)));
        if (plan.Members is null || required.Length == 0)
            return plan;
        return new ProjectionPlan(plan.Members.Concat(required.SelectMany(MemberNames.Of)).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    private static ProjectionPlan Build(FieldType field, GraphQLField syntax, GraphQLDocument document, Type entity)
    {
        var selections = new List<(IComplexGraphType Type, GraphQLField Field)>();
        if (!Collect(field.ResolvedType?.GetNamedType(), syntax, document, entity, selections))
            return Whole;
        var members = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (type, selected) in selections)
        {
            if (selected.Name.StringValue.StartsWith("__", StringComparison.Ordinal))
                continue;
            if (type.GetField(selected.Name.StringValue) is not { } definition || ProjectionRequirements.Of(definition) is not { } needs)
                return Whole;
            members.UnionWith(needs);
        }
        return new ProjectionPlan(members);
    }

    /// <summary>The selected fields of the entity, looking through connection and segment wrappers.</summary>
    private static bool Collect(IGraphType? type, GraphQLField syntax, GraphQLDocument document, Type entity,
        List<(IComplexGraphType, GraphQLField)> selections)
    {
        var wrapped = type switch
        {
            ConnectionGraphType => ["nodes", "edges"],
            EdgeGraphType => ["node"],
            CollectionSegmentGraphType => new[] { "items" },
            _ => null,
        };
        if (wrapped is null)
        {
            if (!Holds(type, entity))
                return false;
            selections.AddRange(SelectedFields.Of(syntax.SelectionSet, document).Select(field => ((IComplexGraphType)type!, field)));
            return true;
        }
        var complex = (IComplexGraphType)type!;
        foreach (var child in SelectedFields.Of(syntax.SelectionSet, document).Where(f => wrapped.Contains(f.Name.StringValue)))
        {
            if (!Collect(complex.GetField(child.Name.StringValue)?.ResolvedType?.GetNamedType(), child, document, entity, selections))
                return false;
        }
        return true;
    }

    /// <summary>Projection applies only where the graph type reads the entity the query returns.</summary>
    private static bool Holds(IGraphType? type, Type entity)
    {
        for (var current = type?.GetType(); current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(ComplexGraphType<>))
                return current.GetGenericArguments()[0].IsAssignableFrom(entity);
        }
        return false;
    }

    /// <summary>The rows as <c>new T { Id = e.Id, Name = e.Name }</c>, or unchanged when the plan needs them whole.</summary>
    public IQueryable<T> Apply<T>(IQueryable<T> query, DbContext db) where T : class
    {
        var entity = Expression.Parameter(typeof(T), "entity");
        return Body(entity, db) is { } body ? query.Select(Expression.Lambda<Func<T, T>>(body, entity)) : query;
    }

    /// <summary>The projected row over <paramref name="entity"/>, or null (the whole row).</summary>
    public Expression? Body(ParameterExpression entity, DbContext db) =>
        Members is null ? null : EntityProjection.Build(entity, db, Members);
}
