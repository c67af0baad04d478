namespace TelcoX.GraphQL.Auth;

public sealed record IssuedToken(string Token, DateTime ExpiresAt);
