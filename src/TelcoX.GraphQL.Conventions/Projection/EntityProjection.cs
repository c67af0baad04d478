using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace TelcoX.GraphQL.Conventions.Projection;

/// <summary>Builds <c>new T { Key = e.Key, A = e.A, … }</c> from mapped columns; EF selects exactly those.</summary>
internal static class EntityProjection
{
    public static Expression? Build(ParameterExpression entity, DbContext db, IReadOnlySet<string> members)
    {
        if (db.Model.FindEntityType(entity.Type) is not { } model || entity.Type.GetConstructor(Type.EmptyTypes) is null)
            return null;
        var properties = model.GetProperties().Where(p => p.PropertyInfo is { CanWrite: true }).ToList();
        var wanted = new HashSet<string>(members, StringComparer.OrdinalIgnoreCase);
        // The primary key always: loaders key rows on it and clients expect an id behind every node.
        wanted.UnionWith(model.FindPrimaryKey()?.Properties.Select(p => p.Name) ?? []);
        var bindings = new List<MemberBinding>();
        foreach (var name in wanted)
        {
            // A member that is no column (a navigation, a computed property) needs the whole row.
            if (properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) is not { } property)
                return null;
            bindings.Add(Expression.Bind(property.PropertyInfo!, Expression.Property(entity, property.PropertyInfo!)));
        }
        return Expression.MemberInit(Expression.New(entity.Type), bindings.OrderBy(b => b.Member.Name, StringComparer.Ordinal));
    }
}
