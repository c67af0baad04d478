using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Users;

public sealed record RegisterPayload(User? User) : Payload;
