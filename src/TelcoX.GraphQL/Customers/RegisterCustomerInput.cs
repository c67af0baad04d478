namespace TelcoX.GraphQL.Customers;

/// <summary>Name and service type are optional in the schema so that leaving them out gets the seed's message.</summary>
public sealed record RegisterCustomerInput(string? Name, string? ServiceType, string? Dni, string? Email, string? ContractNumber,
    FirstLineInput? Line);
