namespace TelcoX.GraphQL.Customers;

/// <summary>The line a customer may be registered with.</summary>
public sealed record FirstLineInput(string? Msisdn, ProductType ProductType, int? PlanId);
