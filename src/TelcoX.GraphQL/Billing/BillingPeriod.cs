using System.Globalization;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Billing;

/// <summary>A billed month, "YYYY-MM": from its first instant (UTC) up to, not including, the next month's.</summary>
public readonly record struct BillingPeriod(string Name, DateTime Start)
{
    private const int LastYear = 9998;

    public DateTime End => Start.AddMonths(1);

    public static BillingPeriod Of(DateTime instant) =>
        new(instant.ToString("yyyy-MM", CultureInfo.InvariantCulture), new DateTime(instant.Year, instant.Month, 1, 0, 0, 0, DateTimeKind.Utc));

    /// <summary>The last period that has closed at <paramref name="now"/>: last month.</summary>
    public static BillingPeriod LastClosed(DateTime now) => Of(now).Previous;

    public BillingPeriod Previous => Of(Start.AddMonths(-1));

    /// <summary>Exactly "YYYY-MM" from 2000-01, else a payload error naming <paramref name="field"/>.</summary>
    public static BillingPeriod Parse(string? text, string field)
    {
        // Exact: "2025-7" or "2025-07-01" would sort and look up differently from the stored periods.
        if (text is not { Length: 7 } || !DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var start) || start.Year < 2000)
            throw new DomainException(new ValidationError("The period must be a month written YYYY-MM, from 2000-01", field));
        // Its due date must fit within a year of it, and dates end in 9999.
        if (start.Year > LastYear)
            throw new DomainException(new ValidationError($"The period cannot be later than {LastYear}-12", field));
        return new BillingPeriod(text, DateTime.SpecifyKind(start, DateTimeKind.Utc));
    }
}
