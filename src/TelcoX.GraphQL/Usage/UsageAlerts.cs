using System.Globalization;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Notifications;

namespace TelcoX.GraphQL.Usage;

/// <summary>
/// Low balance and low data notifications for the CUSTOMER users of the line's customer. Raised once
/// per crossing: only the change that takes the value across the threshold raises one, and because
/// the row is locked (or the increment serialised) exactly one change sees that crossing.
/// </summary>
public static class UsageAlerts
{
    /// <summary>Without a plan there is no fee to compare with, so a fixed floor applies.</summary>
    public const decimal NoPlanLowBalance = 1.00m;
    public const decimal LowBalanceShareOfFee = 0.20m;
    public const int DataPlanLowPercent = 80;

    public static decimal LowBalanceThreshold(PhoneLine line) =>
        line.Plan is { } plan ? plan.MonthlyFee * LowBalanceShareOfFee : NoPlanLowBalance;

    public static Task<IReadOnlyList<Notification>> LowBalanceAsync(TelcoDbContext db, Consumption consumption, decimal before, DateTime now,
        CancellationToken ct)
    {
        var threshold = LowBalanceThreshold(consumption.PhoneLine);
        if (!(before > threshold && consumption.Balance <= threshold))
            return Task.FromResult<IReadOnlyList<Notification>>([]);
        var message = string.Create(CultureInfo.InvariantCulture,
            $"Saldo bajo en la línea {consumption.PhoneLine.Msisdn}: quedan {consumption.Balance:0.00}.");
        return db.NotifyCustomerAsync(consumption.PhoneLine.CustomerId, NotificationKind.LowBalance, message, now, ct);
    }

    public static Task<IReadOnlyList<Notification>> DataPlanLowAsync(TelcoDbContext db, PhoneLine line, DataPlan after, long added, DateTime now,
        CancellationToken ct)
    {
        // Int128: limit × 80 overflows a long for limits near long.MaxValue.
        var threshold = (Int128)after.LimitBytes * DataPlanLowPercent;
        var crossed = after.LimitBytes > 0 && (Int128)(after.UsedBytes - added) * 100 < threshold && (Int128)after.UsedBytes * 100 >= threshold;
        if (!crossed)
            return Task.FromResult<IReadOnlyList<Notification>>([]);
        var message = $"La línea {line.Msisdn} ya usó el {DataPlanLowPercent} % de su plan de datos.";
        return db.NotifyCustomerAsync(line.CustomerId, NotificationKind.DataPlanLow, message, now, ct);
    }
}
