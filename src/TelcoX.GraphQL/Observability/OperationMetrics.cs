using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace TelcoX.GraphQL.Observability;

/// <summary>
/// Counts and times every GraphQL operation by type and outcome. graphql-dotnet's own telemetry
/// gives spans only, and only while a listener samples them; these metrics are always recorded.
/// </summary>
public sealed class OperationMetrics : IConfigureExecution
{
    public const string MeterName = "TelcoX.GraphQL";
    public const string OperationsName = "telcox.graphql.operations";
    public const string DurationName = "telcox.graphql.operation.duration";

    private readonly Counter<long> operations;
    private readonly Histogram<double> duration;

    public OperationMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        operations = meter.CreateCounter<long>(OperationsName, "{operation}", "GraphQL operations executed");
        duration = meter.CreateHistogram<double>(DurationName, "s", "Duration of GraphQL operations");
    }

    // Just before graphql-dotnet's configuration steps (its telemetry provider is at 200), after options (100).
    public float SortOrder => 199;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "exception";
        var operation = new OperationCapture();
        options.Listeners.Add(operation);
        try
        {
            var result = await next(options);
            outcome = Outcome(result);
            return result;
        }
        finally
        {
            var tags = new TagList { { "graphql.operation.type", TypeOf(operation.Operation) }, { "outcome", outcome } };
            operations.Add(1, tags);
            duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    private static string TypeOf(GraphQLOperationDefinition? operation) => operation?.Operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "unknown", // the document did not parse or named no operation
    };

    // "rejected": refused before execution (syntax, validation); "error": executed with errors.
    private static string Outcome(ExecutionResult result) =>
        result.Errors is not { Count: > 0 } ? "success" : result.Executed ? "error" : "rejected";

    // The chosen operation is known after validation, also when validation fails (the result then has none).
    private sealed class OperationCapture : DocumentExecutionListenerBase
    {
        public GraphQLOperationDefinition? Operation { get; private set; }

        public override Task AfterValidationAsync(IExecutionContext context, IValidationResult validationResult)
        {
            Operation = context.Operation;
            return Task.CompletedTask;
        }
    }
}
