using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Health;

/// <summary>Seed 002's /health, now also reporting whether the database answers.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapTelcoHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (IDbContextFactory<TelcoDbContext> factory, CancellationToken cancellationToken) =>
        {
            var up = await DatabaseAnswersAsync(factory, cancellationToken);
            return Results.Json(
                new { status = up ? "healthy" : "unhealthy", database = up ? "up" : "down" },
                statusCode: up ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }

    private static async Task<bool> DatabaseAnswersAsync(IDbContextFactory<TelcoDbContext> factory, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = factory.CreateDbContext();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            return await db.Database.CanConnectAsync(timeout.Token);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
