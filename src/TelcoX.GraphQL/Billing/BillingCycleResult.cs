using System.ComponentModel;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Billing;

/// <summary>Why a line is or is not billed for a period.</summary>
public enum BillingLineState
{
    Billable,
    AlreadyIssued,
    NoPlan,
    NoMonthlyFee,
    NotYetActive,
}

/// <summary>Why a line was not billed.</summary>
public enum BillingSkipReason
{
    [Description("The line has no plan.")] NoPlan = BillingLineState.NoPlan,
    [Description("The line's plan has no monthly fee.")] NoMonthlyFee = BillingLineState.NoMonthlyFee,
    [Description("The line was created after the period.")] NotYetActive = BillingLineState.NotYetActive,
}

/// <summary>Lines not billed for one reason.</summary>
public sealed record BillingSkip(
    [Description("Why these lines were not billed.")] BillingSkipReason Reason,
    [Description("How many lines.")] int Lines);

public sealed class BillingSkipGraphType : RecordGraphType<BillingSkip>
{
    public BillingSkipGraphType() => Description = "Lines of a billing run not billed, for one reason.";
}

public sealed record BillingCycleResult(string Period, int Issued, int AlreadyIssued, decimal TotalBilled, IReadOnlyList<BillingSkip> Skipped);

/// <summary>Adds up a run's batches.</summary>
internal sealed class BillingCycleTally(string period)
{
    private readonly Dictionary<BillingLineState, int> lines = [];
    private int issued;
    private decimal total;

    public void Add(IReadOnlyDictionary<BillingLineState, int> counts, int issuedNow, decimal billed)
    {
        foreach (var (state, count) in counts)
            lines[state] = lines.GetValueOrDefault(state) + count;
        issued += issuedNow;
        total += billed;
    }

    public BillingCycleResult Result() => new(period, issued, lines.GetValueOrDefault(BillingLineState.AlreadyIssued), total,
        [.. lines.Where(l => l.Key is not (BillingLineState.Billable or BillingLineState.AlreadyIssued) && l.Value > 0)
            .OrderBy(l => l.Key).Select(l => new BillingSkip((BillingSkipReason)l.Key, l.Value))]);
}
