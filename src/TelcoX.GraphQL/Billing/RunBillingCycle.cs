using System.ComponentModel;
using System.Globalization;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Billing;

public sealed record RunBillingCycleInput([Description("A closed month, \"YYYY-MM\", in which at least one line existed.")] string Period);

public sealed record RunBillingCyclePayload(
    [Description("The billed month.")] string? Period,
    [Description("Invoices issued by this run.")] int Issued,
    [Description("Lines that already had an invoice for the period (a second run issues nothing).")] int AlreadyIssued,
    [Description("The sum of the totals issued by this run.")] decimal TotalBilled,
    [Description("Lines not billed, by reason.")] IReadOnlyList<BillingSkip> Skipped) : Payload;

/// <summary>The scheduled billing job runs the same <see cref="BillingCycle"/> once each period closes.</summary>
[Description("Bills a closed period: one invoice per line with a paid plan (its monthly fee plus the configured tax). Idempotent: lines billed already are counted, not billed again.")]
[Authorize(Admin)]
[Error<ValidationError>]
public sealed class RunBillingCycle : Mutation<RunBillingCycleInput, RunBillingCyclePayload>
{
    protected override async Task<RunBillingCyclePayload> ExecuteAsync(RunBillingCycleInput input, IResolveFieldContext context)
    {
        var now = context.UtcNow();
        var period = BillingPeriod.Parse(input.Period, "period");
        if (period.End > now)
            throw Invalid($"The period {period.Name} has not closed yet; it can be billed from {Day(period.End)}");
        await using (var db = context.CreateUnscopedDbContext())
        {
            var firstLine = await db.PhoneLines.MinAsync(l => (DateTime?)l.CreatedAt, context.CancellationToken);
            if (firstLine is null || firstLine >= period.End)
                throw Invalid(firstLine is null
                    ? $"No line existed in {period.Name}: there are no lines yet"
                    : $"No line existed in {period.Name}: the first line was created on {Day(firstLine.Value)}");
        }
        // A run outlives its request: a client that disconnects or times out does not stop it halfway (the
        // next run would complete it anyway); only the server's shutdown does.
        var stopping = context.RequestServices!.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var result = await context.RequestServices!.GetRequiredService<BillingCycle>().RunAsync(period, now, stopping);
        return new RunBillingCyclePayload(result.Period, result.Issued, result.AlreadyIssued, result.TotalBilled, result.Skipped);
    }

    private static DomainException Invalid(string message) => new(new ValidationError(message, "period"));

    private static string Day(DateTime time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
