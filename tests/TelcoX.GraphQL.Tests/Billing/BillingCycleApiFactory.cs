using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Billing;

/// <summary>
/// The API on a pinned clock (2026-12-08), billing one line per batch, with a switch that stops a run
/// halfway (<see cref="BatchBreaker"/>).
/// </summary>
public sealed class BillingCycleApiFactory : TelcoApiFactory
{
    public static readonly DateTimeOffset Today = new(2026, 12, 8, 10, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Today);

    public BatchBreaker Breaker { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Billing:BatchSize", "1");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IInterceptor>(Breaker);
        });
    }

    public static async Task<BillingCycleApiFactory> StartAsync()
    {
        var api = new BillingCycleApiFactory();
        await api.InitializeAsync();
        return api;
    }
}

/// <summary>Fails the invoice INSERT that writes rows after <c>n</c> others did: a process killed mid-run.</summary>
public sealed class BatchBreaker : DbCommandInterceptor
{
    private int writesLeft = -1;

    /// <summary>Lets <paramref name="writes"/> batches insert invoices, then fails the next one, once.</summary>
    public void FailAfter(int writes) => Volatile.Write(ref writesLeft, writes);

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (result > 0 && command.CommandText.Contains("INSERT INTO Invoices", StringComparison.Ordinal) && Volatile.Read(ref writesLeft) >= 0
            && Interlocked.Decrement(ref writesLeft) < 0)
            throw new InvalidOperationException("The billing run was stopped halfway (test).");
        return ValueTask.FromResult(result);
    }
}
