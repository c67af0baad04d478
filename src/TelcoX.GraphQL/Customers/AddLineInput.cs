namespace TelcoX.GraphQL.Customers;

public sealed record AddLineInput(int CustomerId, string? Msisdn, ProductType ProductType, int? PlanId);
