using GraphQL.Types;
using GraphQLParser.AST;

namespace TelcoX.ClientGenerator.Emit;

/// <summary>
/// <c>TelcoXClient</c>'s methods (one per operation), the operation descriptors (<c>TelcoXOperations</c>)
/// and <c>AddTelcoXClient</c> for dependency injection.
/// </summary>
public sealed class ClientEmitter(ISchema schema)
{
    private const string Runtime = "global::TelcoX.Client";

    public void EmitMethod(CodeWriter code, GeneratedOperation operation)
    {
        var definition = operation.Source.Operation;
        var variables = definition.Variables?.Items ?? [];
        var result = $"{Runtime}.OperationResult<{operation.Name}Result>";
        var subscription = definition.Operation == OperationType.Subscription;
        var signature = string.Join(", ", Parameters(variables).Append("global::System.Threading.CancellationToken cancellationToken = default"));

        code.Open("public sealed partial class TelcoXClient");
        code.Line($"/// <summary>Runs <c>{operation.Name}</c> ({operation.Source.File.Path.Replace('\\', '/').Split('/').Last()}).</summary>");
        code.Open(subscription
            ? $"public global::System.Collections.Generic.IAsyncEnumerable<{result}> {TypeMapper.Pascal(operation.Name)}({signature})"
            : $"public global::System.Threading.Tasks.Task<{result}> {TypeMapper.Pascal(operation.Name)}Async({signature})");
        code.Line("var variables = new global::System.Collections.Generic.Dictionary<string, object?>();");
        foreach (var variable in variables)
        {
            // Left out when null, so the server applies the variable's default.
            var name = variable.Variable.Name.StringValue;
            var required = variable.Type is GraphQLNonNullType && variable.DefaultValue is null;
            code.Line($"{(required ? "" : $"if ({TypeMapper.Parameter(name)} is not null) ")}variables[\"{name}\"] = {TypeMapper.Parameter(name)};");
        }
        code.Line(subscription
            ? $"return {Runtime}.GraphQLTransportExtensions.SubscribeAsync<{operation.Name}Result>(transport, new(TelcoXOperations.{operation.Name}, variables), cancellationToken);"
            : $"return {Runtime}.GraphQLTransportExtensions.ExecuteAsync<{operation.Name}Result>(transport, new(TelcoXOperations.{operation.Name}, variables), cancellationToken);");
        code.Close();
        code.Close();
    }

    // Declaration order; a variable gets "= null" only when every later one can too (C# needs optional ones last).
    private IEnumerable<string> Parameters(IReadOnlyList<GraphQLVariableDefinition> variables)
    {
        var parameters = new string[variables.Count];
        var optionalTail = true;
        for (var i = variables.Count - 1; i >= 0; i--)
        {
            var variable = variables[i];
            var optional = variable.Type is not GraphQLNonNullType || variable.DefaultValue is not null;
            optionalTail &= optional;
            var type = TypeMapper.Map(variable.Type, schema, forceNullable: variable.DefaultValue is not null);
            parameters[i] = $"{type} {TypeMapper.Parameter(variable.Variable.Name.StringValue)}{(optionalTail ? " = null" : "")}";
        }
        return parameters;
    }

    public static void EmitOperations(CodeWriter code, IReadOnlyList<GeneratedOperation> operations)
    {
        code.Line("/// <summary>Every operation's exact document and persisted id (<c>sha256:</c> of that text).</summary>");
        code.Open("public static partial class TelcoXOperations");
        foreach (var operation in operations)
        {
            var kind = TypeMapper.Pascal(operation.Source.Kind.ToString());
            code.Line($"public static {Runtime}.GraphQLOperation {operation.Name} {{ get; }} = new(\"{operation.Name}\", {Runtime}.GraphQLOperationKind.{kind},");
            code.Line($"    {TypeMapper.Literal(operation.Document)},");
            code.Line($"    \"{operation.DocumentId}\");");
            code.Line();
        }
        code.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Runtime}.GraphQLOperation> All {{ get; }} = [{string.Join(", ", operations.Select(o => o.Name))}];");
        code.Close();
    }

    public static void EmitClient(CodeWriter code, string @namespace)
    {
        code.Line("/// <summary>The typed client of the TelcoX API; scoped (one per Blazor circuit), one websocket shared by its subscriptions.</summary>");
        code.Open("public sealed partial class TelcoXClient");
        code.Line($"private readonly {Runtime}.IGraphQLTransport transport;");
        code.Line();
        code.Line($"public TelcoXClient({Runtime}.IGraphQLTransport transport) => this.transport = transport;");
        code.Close();
        code.Line();
        code.Open("public static class TelcoXClientServiceCollectionExtensions");
        code.Line("/// <summary>Registers <see cref=\"TelcoXClient\"/> (scoped) and its transports; the app registers its own scoped IAccessTokenProvider.</summary>");
        code.Line("public static global::Microsoft.Extensions.DependencyInjection.IServiceCollection AddTelcoXClient(");
        code.Line("    this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services,");
        code.Line($"    global::System.Action<{Runtime}.GraphQLClientOptions> configure) =>");
        code.Line($"    {Runtime}.GraphQLClientServiceCollectionExtensions.AddGraphQLClient<global::{@namespace}.TelcoXClient>(services, configure);");
        code.Close();
    }
}
