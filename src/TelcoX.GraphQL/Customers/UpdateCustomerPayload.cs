using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Customers;

public sealed record UpdateCustomerPayload(Customer? Customer) : Payload;
