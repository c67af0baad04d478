namespace TelcoX.GraphQL.Conventions.Fields;

/// <summary>Finds and runs the entity's <see cref="IEntityConventions{T}"/>, if its assembly has one.</summary>
internal static class EntityConventionsLoader
{
    public static (IReadOnlySet<string> Ignored, IReadOnlyList<ConventionField> Mapped, string Key) Load(Type entity)
    {
        var contract = typeof(IEntityConventions<>).MakeGenericType(entity);
        var implementation = entity.Assembly.GetTypes().FirstOrDefault(t => !t.IsAbstract && contract.IsAssignableFrom(t));
        if (implementation is null)
            return (new HashSet<string>(), [], "Id");

        var builderType = typeof(EntityConventionsBuilder<>).MakeGenericType(entity);
        var builder = (IEntityConventionsResult)Activator.CreateInstance(builderType)!;
        contract.GetMethod(nameof(IEntityConventions<object>.Configure))!.Invoke(Activator.CreateInstance(implementation), [builder]);
        return (builder.Ignored, builder.Mapped, builder.Key);
    }
}

internal interface IEntityConventionsResult
{
    IReadOnlySet<string> Ignored { get; }
    IReadOnlyList<ConventionField> Mapped { get; }
    string Key { get; }
}
