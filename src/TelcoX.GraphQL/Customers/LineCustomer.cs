namespace TelcoX.GraphQL.Customers;

/// <summary>A line's id with its customer: lets a loader fetch customers by line in one joined statement.</summary>
public sealed class LineCustomer
{
    public required int LineId { get; init; }
    public required Customer Customer { get; init; }
}
