using OpenTelemetry.Exporter;

namespace TelcoX.GraphQL.Observability;

/// <summary>Where to export: "OpenTelemetry:Otlp:Endpoint", else the standard OTEL_EXPORTER_OTLP_ENDPOINT.</summary>
public readonly record struct OtlpSettings(Uri Endpoint, OtlpExportProtocol Protocol)
{
    public static OtlpSettings? From(IConfiguration configuration)
    {
        var endpoint = configuration["OpenTelemetry:Otlp:Endpoint"];
        if (string.IsNullOrWhiteSpace(endpoint))
            endpoint = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
            return null;

        var protocol = configuration["OpenTelemetry:Otlp:Protocol"] ?? configuration["OTEL_EXPORTER_OTLP_PROTOCOL"];
        return new OtlpSettings(new Uri(endpoint), protocol?.Trim().ToLowerInvariant() switch
        {
            null or "" or "grpc" => OtlpExportProtocol.Grpc,
            "http/protobuf" or "http" => OtlpExportProtocol.HttpProtobuf,
            _ => throw new InvalidOperationException($"OpenTelemetry:Otlp:Protocol '{protocol}' is not grpc or http/protobuf."),
        });
    }
}
