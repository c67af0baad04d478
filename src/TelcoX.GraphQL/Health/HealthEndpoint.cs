using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Jobs;

namespace TelcoX.GraphQL.Health;

/// <summary>Seed 002's /health, now also reporting whether the database answers.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapTelcoHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (IDbContextFactory<TelcoDbContext> factory, CancellationToken cancellationToken) =>
        {
            var up = await DatabaseAnswersAsync(factory, cancellationToken);
            var jobs = up ? await JobsAsync(factory, cancellationToken) : null;
            return Results.Json(
                new { status = up ? "healthy" : "unhealthy", database = up ? "up" : "down", jobs },
                statusCode: up ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }

    // Details only: a database that answers but cannot list the jobs still counts as up.
    private static async Task<Dictionary<string, object>?> JobsAsync(IDbContextFactory<TelcoDbContext> factory, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = factory.CreateDbContext();
            return await JobHealth.LastRunsAsync(db, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
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
