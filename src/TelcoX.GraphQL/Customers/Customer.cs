using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Transactions;

namespace TelcoX.GraphQL.Customers;

public sealed class Customer
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>National id (cédula); optional but unique when given.</summary>
    public string? Dni { get; set; }
    public string? Email { get; set; }
    /// <summary>Free text from seed 002: "prepago", "soporte", "PQRS" …</summary>
    public required string ServiceType { get; set; }
    public required string ContractNumber { get; set; }
    public DateTime CreatedAt { get; set; }

    public List<PhoneLine> Lines { get; set; } = [];
    public List<Channel> Channels { get; set; } = [];
    public List<Invoice> Invoices { get; set; } = [];
    public List<Transaction> Transactions { get; set; } = [];
}
