using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Users;

public sealed record LoginPayload(string? Token, DateTime? ExpiresAt, User? User) : Payload;
