namespace TelcoX.GraphQL.Users;

public sealed record RegisterInput(string Email, string Password, UserRole? Role, int? CustomerId);
