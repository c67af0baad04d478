using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Mutations;

/// <summary>The caller is signed in but the row is not theirs (another customer's invoice or coupon).</summary>
public sealed class ForbiddenError(string message) : DomainError(message, ErrorCodes.Forbidden);
