using GraphQL.DI;
using GraphQL.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace TelcoX.GraphQL.Observability;

public static class TelemetryRegistration
{
    /// <summary>
    /// GraphQL spans (graphql-dotnet's "GraphQL" ActivitySource) and operation metrics always; the
    /// OpenTelemetry SDK with ASP.NET Core, HttpClient and EF Core instrumentation only when an OTLP
    /// endpoint is configured, so an unobserved instance pays for no sampling or export.
    /// </summary>
    public static WebApplicationBuilder AddTelcoTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(new GraphQLTelemetryOptions
        {
            // Documents may carry literal arguments (a login's password): the span keeps name and type only.
            RecordDocument = false,
            EnrichWithExecutionResult = (activity, _, result) => activity.SetTag("graphql.errors.count", result.Errors?.Count ?? 0),
        });
        services.AddSingleton<IConfigureExecution, GraphQLTelemetryProvider>();
        services.AddSingleton<OperationMetrics>();
        services.AddSingleton<IConfigureExecution>(sp => sp.GetRequiredService<OperationMetrics>());

        var otlp = OtlpSettings.From(builder.Configuration);
        if (otlp is null)
            return builder;

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                builder.Configuration["OpenTelemetry:ServiceName"] ?? "telcox-graphql",
                serviceInstanceId: builder.Configuration["Hosting:InstanceName"] ?? Environment.MachineName))
            .WithTracing(tracing => tracing
                .AddSource(GraphQLTelemetryProvider.SourceName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(OperationMetrics.MeterName)
                .AddMeter(Jobs.JobMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithLogging()
            .UseOtlpExporter(otlp.Value.Protocol, otlp.Value.Endpoint);
        return builder;
    }
}
