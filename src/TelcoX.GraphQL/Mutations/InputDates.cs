namespace TelcoX.GraphQL.Mutations;

public static class InputDates
{
    /// <summary>An offset-less date-time from a client is taken as UTC, as every stored time is.</summary>
    public static DateTime AsUtc(this DateTime time) =>
        time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime();
}
