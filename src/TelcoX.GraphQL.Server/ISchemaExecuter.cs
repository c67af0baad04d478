using GraphQL;
using GraphQL.Types;

namespace TelcoX.GraphQL.Server;

/// <summary>
/// Runs an operation against the application's schema, for every transport. graphql-dotnet registers an
/// executer per schema type; <c>AddTelcoRealtime&lt;TSchema&gt;</c> names the application's once.
/// </summary>
public interface ISchemaExecuter
{
    Task<ExecutionResult> ExecuteAsync(ExecutionOptions options);
}

/// <summary>Whatever executer the container holds for <typeparamref name="TSchema"/> (a test may replace it) is the one used.</summary>
internal sealed class SchemaExecuter<TSchema>(IDocumentExecuter<TSchema> executer) : ISchemaExecuter where TSchema : ISchema
{
    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options) => executer.ExecuteAsync(options);
}
