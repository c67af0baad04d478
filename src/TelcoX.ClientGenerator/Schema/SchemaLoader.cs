using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using TelcoX.ClientGenerator.Diagnostics;

namespace TelcoX.ClientGenerator.Schema;

/// <summary>
/// Builds a graphql-dotnet schema from the SDL snapshot, only to validate and type operations: nothing runs
/// on it, but graphql-dotnet checks it as if it would, so the loader satisfies those checks.
/// </summary>
public static class SchemaLoader
{
    public static ISchema Load(string sdlPath)
    {
        var sdl = File.ReadAllText(sdlPath);
        try
        {
            return FromSdl(sdl);
        }
        catch (Exception exception) when (exception is not GeneratorException)
        {
            throw new GeneratorException(new GeneratorError(Path.GetFullPath(sdlPath), 1, 1, ErrorCodes.Schema, $"The schema cannot be loaded: {exception.Message}"));
        }
    }

    public static ISchema FromSdl(string sdl)
    {
        var definitions = Parser.Parse(sdl).Definitions;
        var schema = global::GraphQL.Types.Schema.For(sdl, builder =>
        {
            // The API's custom scalars: the SDL only names them, graphql-dotnet has a type for each.
            builder.Types.Include<DecimalGraphType>();
            builder.Types.Include<DateTimeGraphType>();
            builder.Types.Include<LongGraphType>();
            // Unions and interfaces must be able to resolve their types; subscription fields need a stream.
            builder.Types.ForAll(type => type.IsTypeOfFunc = _ => false);
            var subscription = SubscriptionTypeName(definitions);
            foreach (var field in definitions.OfType<GraphQLObjectTypeDefinition>().Where(t => t.Name.StringValue == subscription).SelectMany(t => t.Fields?.Items ?? []))
                builder.Types.For(subscription).FieldFor(field.Name.StringValue).StreamResolver = NoStream;
        });
        schema.Initialize();
        return schema;
    }

    private static readonly SourceStreamResolver<object> NoStream = new((Func<global::GraphQL.IResolveFieldContext, IObservable<object?>>)(_ => throw new NotSupportedException("The generator's schema runs nothing.")));

    private static string SubscriptionTypeName(IEnumerable<ASTNode> definitions) =>
        definitions.OfType<GraphQLSchemaDefinition>().SelectMany(s => s.OperationTypes)
            .FirstOrDefault(o => o.Operation == OperationType.Subscription)?.Type?.Name.StringValue ?? "Subscription";
}
