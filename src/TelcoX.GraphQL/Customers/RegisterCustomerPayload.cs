using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Customers;

public sealed record RegisterCustomerPayload(Customer? Customer, PhoneLine? Line, string? Message) : Payload;
