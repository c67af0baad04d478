using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TelcoX.GraphQL.Data;

/// <summary>Every stored time is UTC; neither provider keeps DateTimeKind, so it is restored on read.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
