using GraphQL.Types;

namespace TelcoX.GraphQL.Mutations;

/// <summary>Every <see cref="Mutation{TInput,TPayload}"/> in the API, found by type, so that adding one is adding its file.</summary>
public static class MutationCatalog
{
    /// <summary>Alphabetical, so that the schema's order does not depend on the compiler's.</summary>
    public static readonly IReadOnlyList<IMutationField> All = typeof(MutationCatalog).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IMutationField).IsAssignableFrom(type))
        .Select(type => (IMutationField)Activator.CreateInstance(type)!)
        .OrderBy(mutation => mutation.Name, StringComparer.Ordinal)
        .ToArray();

    public static void AddMutations(this ObjectGraphType root)
    {
        foreach (var mutation in All)
            mutation.AddTo(root);
    }
}
