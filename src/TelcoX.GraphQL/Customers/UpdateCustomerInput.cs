namespace TelcoX.GraphQL.Customers;

/// <summary>
/// A partial update: <see cref="Given"/> holds the fields the client sent, so that a field left out
/// stays as it is while an explicit null clears dni or email.
/// </summary>
public sealed record UpdateCustomerInput(int Id, string? Name, string? ServiceType, string? Dni, string? Email, string? ContractNumber)
{
    public IReadOnlySet<string> Given { get; init; } = new HashSet<string>();

    public bool Has(string field) => Given.Contains(field);
}
