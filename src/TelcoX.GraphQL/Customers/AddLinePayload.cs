using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Customers;

public sealed record AddLinePayload(PhoneLine? Line) : Payload;
