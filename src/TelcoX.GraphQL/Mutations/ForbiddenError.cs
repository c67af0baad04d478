using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Mutations;

/// <summary>
/// The caller's role may not ask this (an AGENT account, a login linked to a customer). Never for
/// someone else's row: that answers as a missing one, so keys confirm nothing.
/// </summary>
public sealed class ForbiddenError(string message) : DomainError(message, ErrorCodes.Forbidden);
