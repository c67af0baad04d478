using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace TelcoX.ClientGenerator.Emit;

/// <summary>GraphQL names and types to C# names and types (the contract's table).</summary>
public static class TypeMapper
{
    private static readonly Dictionary<string, string> Scalars = new(StringComparer.Ordinal)
    {
        ["ID"] = "string",
        ["String"] = "string",
        ["Int"] = "int",
        ["Long"] = "long",
        ["Float"] = "double",
        ["Boolean"] = "bool",
        ["Decimal"] = "decimal",
        ["DateTime"] = "global::System.DateTimeOffset",
    };

    // Scalars the contract does not name arrive as raw JSON rather than being guessed at.
    private const string UnknownScalar = "global::System.Text.Json.JsonElement";

    /// <summary>PascalCase: <c>contractNumber</c> → <c>ContractNumber</c>, <c>PREPAID</c> → <c>Prepaid</c>, <c>__typename</c> → <c>Typename</c>.</summary>
    public static string Pascal(string name)
    {
        var parts = name.Split('_', StringSplitOptions.RemoveEmptyEntries);
        var shouting = name.Any(char.IsLetter) && !name.Any(char.IsLower);
        return string.Concat(parts.Select(part => shouting
            ? char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant()
            : char.ToUpperInvariant(part[0]) + part[1..]));
    }

    /// <summary>A parameter name that is never a C# keyword (<c>@in</c>, <c>@where</c>).</summary>
    public static string Parameter(string name) => "@" + name;

    public static string Scalar(string name) => Scalars.GetValueOrDefault(name, UnknownScalar);

    /// <summary>The C# type of an output or input type, with <paramref name="named"/> naming objects, inputs and enums.</summary>
    public static string Map(IGraphType type, Func<IGraphType, string> named, bool forceNullable = false)
    {
        if (type is NonNullGraphType nonNull && !forceNullable)
            return Inner(nonNull.ResolvedType!, named);
        var inner = Inner(type is NonNullGraphType wrapped ? wrapped.ResolvedType! : type, named);
        return inner + "?";
    }

    private static string Inner(IGraphType type, Func<IGraphType, string> named) => type switch
    {
        ListGraphType list => $"global::System.Collections.Generic.IReadOnlyList<{Map(list.ResolvedType!, named)}>",
        EnumerationGraphType => named(type), // graphql-dotnet's enums are scalars too
        ScalarGraphType scalar => Scalar(scalar.Name),
        _ => named(type),
    };

    /// <summary>The C# type of a variable, from its declaration in the operation.</summary>
    public static string Map(GraphQLType type, ISchema schema, bool forceNullable = false) => type switch
    {
        GraphQLNonNullType nonNull when !forceNullable => MapVariableInner(nonNull.Type, schema),
        GraphQLNonNullType nonNull => MapVariableInner(nonNull.Type, schema) + "?",
        _ => MapVariableInner(type, schema) + "?",
    };

    private static string MapVariableInner(GraphQLType type, ISchema schema) => type switch
    {
        GraphQLListType list => $"global::System.Collections.Generic.IReadOnlyList<{Map(list.Type, schema)}>",
        GraphQLNamedType named when schema.AllTypes[named.Name.StringValue] is ScalarGraphType and not EnumerationGraphType => Scalar(named.Name.StringValue),
        GraphQLNamedType named => Pascal(named.Name.StringValue),
        _ => throw new InvalidOperationException($"Unexpected type node {type.Kind}."),
    };

    /// <summary>Objects, interfaces and unions: types with a selection set, which become result records.</summary>
    public static bool IsComposite(IGraphType type) => type is IComplexGraphType or UnionGraphType;

    public static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType!),
        ListGraphType list => Unwrap(list.ResolvedType!),
        _ => type,
    };

    public static string Literal(string text) => "@\"" + text.Replace("\"", "\"\"") + "\"";

    public static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);
}
