using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Users;

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

    public static Task<List<Notification>> LowBalanceAsync(TelcoDbContext db, Consumption consumption, decimal before, CancellationToken ct)
    {
        var threshold = LowBalanceThreshold(consumption.PhoneLine);
        if (!(before > threshold && consumption.Balance <= threshold))
            return Task.FromResult(new List<Notification>());
        var message = string.Create(CultureInfo.InvariantCulture,
            $"Saldo bajo en la línea {consumption.PhoneLine.Msisdn}: quedan {consumption.Balance:0.00}.");
        return NotifyAsync(db, consumption.PhoneLine.CustomerId, NotificationKind.LowBalance, message, ct);
    }

    public static Task<List<Notification>> DataPlanLowAsync(TelcoDbContext db, PhoneLine line, DataPlan after, long added, CancellationToken ct)
    {
        // Int128: limit × 80 overflows a long for limits near long.MaxValue.
        var threshold = (Int128)after.LimitBytes * DataPlanLowPercent;
        var crossed = after.LimitBytes > 0 && (Int128)(after.UsedBytes - added) * 100 < threshold && (Int128)after.UsedBytes * 100 >= threshold;
        if (!crossed)
            return Task.FromResult(new List<Notification>());
        var message = $"La línea {line.Msisdn} ya usó el {DataPlanLowPercent} % de su plan de datos.";
        return NotifyAsync(db, line.CustomerId, NotificationKind.DataPlanLow, message, ct);
    }

    private static async Task<List<Notification>> NotifyAsync(TelcoDbContext db, int customerId, NotificationKind kind, string message,
        CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking()
            .Where(u => u.CustomerId == customerId && u.Role == UserRole.Customer).Select(u => u.Id).ToListAsync(ct);
        var now = DateTime.UtcNow;
        var notifications = users.Select(userId => new Notification { UserId = userId, Kind = kind, Message = message, CreatedAt = now }).ToList();
        db.Notifications.AddRange(notifications);
        return notifications;
    }
}
