using GraphQL.Types;
using GraphQLParser.AST;

namespace TelcoX.ClientGenerator.Emit;

/// <summary>
/// Input objects (transitively from the variables) as init-only records whose null properties are left out
/// of the request, and the enums of inputs and results as C# enums sent and read by their GraphQL names.
/// </summary>
public sealed class InputTypeEmitter(ISchema schema, EnumCollector enums)
{
    private readonly SortedDictionary<string, IInputObjectGraphType> inputs = new(StringComparer.Ordinal);

    public void Use(GraphQLType variableType)
    {
        switch (variableType)
        {
            case GraphQLNonNullType nonNull: Use(nonNull.Type); break;
            case GraphQLListType list: Use(list.Type); break;
            case GraphQLNamedType named: Use(schema.AllTypes[named.Name.StringValue]!); break;
        }
    }

    private void Use(IGraphType type)
    {
        switch (TypeMapper.Unwrap(type))
        {
            case EnumerationGraphType enumType:
                enums.Use(enumType);
                break;
            case IInputObjectGraphType input when inputs.TryAdd(input.Name, input):
                foreach (var field in input.Fields)
                    Use(field.ResolvedType!);
                break;
        }
    }

    public void EmitInputs(CodeWriter code)
    {
        foreach (var input in inputs.Values)
        {
            code.Open($"public sealed partial record {TypeMapper.Pascal(input.Name)}");
            foreach (var field in input.Fields)
            {
                // A non-null field with a default may be left out, so only fields without one are required.
                var optional = field.DefaultValue is not null;
                var type = TypeMapper.Map(field.ResolvedType!, Named, optional);
                code.Line($"[global::System.Text.Json.Serialization.JsonPropertyName(\"{field.Name}\")]");
                code.Line($"public {(type.EndsWith('?') ? "" : "required ")}{type} {TypeMapper.Pascal(field.Name)} {{ get; init; }}");
            }
            code.Close();
            code.Line();
        }
    }

    public void EmitEnums(CodeWriter code)
    {
        foreach (var enumType in enums.Used)
        {
            var name = TypeMapper.Pascal(enumType.Name);
            code.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof(global::System.Text.Json.Serialization.JsonStringEnumConverter<{name}>))]");
            code.Open($"public enum {name}");
            foreach (var value in enumType.Values)
            {
                code.Line($"[global::System.Text.Json.Serialization.JsonStringEnumMemberName(\"{value.Name}\")]");
                code.Line($"{TypeMapper.Pascal(value.Name)},");
            }
            code.Close();
            code.Line();
        }
    }

    private string Named(IGraphType type) => type is EnumerationGraphType ? enums.Use(type) : TypeMapper.Pascal(type.Name);
}
