namespace TelcoX.GraphQL.Users;

public sealed record LoginInput(string Email, string Password);
