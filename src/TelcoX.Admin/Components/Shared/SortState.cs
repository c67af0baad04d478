namespace TelcoX.Admin.Components.Shared;

/// <summary>The column a table is sorted by (a GraphQL sort field name such as "name") and its direction.</summary>
public sealed record SortState(string Field, bool Descending);
