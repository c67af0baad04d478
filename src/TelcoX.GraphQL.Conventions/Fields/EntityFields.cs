using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace TelcoX.GraphQL.Conventions.Fields;

/// <summary>The filterable/sortable fields of an entity: its public properties, camelCased, plus its conventions.</summary>
public static class EntityFields
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, ConventionField>> Cache = new();
    private static readonly ConcurrentDictionary<Type, string> Keys = new();

    public static IReadOnlyDictionary<string, ConventionField> For(Type entity) => Cache.GetOrAdd(entity, Build);

    public static ConventionField Get(Type entity, string name) =>
        For(entity).TryGetValue(name, out var field) ? field
            : throw new InvalidOperationException($"{entity.Name} has no convention field '{name}'.");

    /// <summary>The property that ends every order: Id, or what the entity's conventions name.</summary>
    public static string KeyOf(Type entity) => Keys.GetOrAdd(entity, type => EntityConventionsLoader.Load(type).Key);

    private static IReadOnlyDictionary<string, ConventionField> Build(Type entity)
    {
        var (ignored, mapped, _) = EntityConventionsLoader.Load(entity);
        var fields = new Dictionary<string, ConventionField>();
        foreach (var property in entity.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (ignored.Contains(property.Name) || property.GetIndexParameters().Length > 0 || property.GetMethod?.IsPublic != true)
                continue;
            if (Classify(entity, property.PropertyType) is not { } shape)
                continue;
            var instance = Expression.Parameter(entity, "entity");
            var accessor = Expression.Lambda(Expression.Property(instance, property), instance, Expression.Parameter(typeof(DateTime), "now"));
            var name = CamelCase(property.Name);
            fields[name] = new ConventionField(name, shape.Kind, shape.Type, accessor);
        }
        foreach (var field in mapped)
            fields[field.Name] = field;
        return fields;
    }

    private static (ConventionFieldKind Kind, Type Type)? Classify(Type entity, Type type)
    {
        if (ScalarTypes.IsScalar(type))
            return (ConventionFieldKind.Scalar, type);
        if (type.IsClass && type.Assembly == entity.Assembly)
            return (ConventionFieldKind.Object, type);
        var element = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;
        return element is { IsClass: true } && element.Assembly == entity.Assembly ? (ConventionFieldKind.List, element) : null;
    }

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
