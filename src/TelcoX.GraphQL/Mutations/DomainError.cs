using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Mutations;

/// <summary>An error a user can act on: returned in a payload's <c>errors</c>, never thrown to the client.</summary>
public abstract class DomainError(string message, string code)
{
    public string Message { get; } = message;
    public string Code { get; } = code;
}

/// <summary>Input that breaks a rule; <see cref="Field"/> names the input field when there is one.</summary>
public sealed class ValidationError(string message, string? field = null) : DomainError(message, ErrorCodes.BadUserInput)
{
    public string? Field { get; } = field;
}

public sealed class NotFoundError(string message) : DomainError(message, ErrorCodes.NotFound);

/// <summary>A unique value already taken, or a state that forbids the change (paid twice, used coupon).</summary>
public sealed class ConflictError(string message, string? field = null) : DomainError(message, ErrorCodes.Conflict)
{
    public string? Field { get; } = field;
}

public sealed class InsufficientStockError(string message, int available) : DomainError(message, ErrorCodes.InsufficientStock)
{
    public int Available { get; } = available;
}

public sealed class InsufficientBalanceError(string message, decimal available) : DomainError(message, ErrorCodes.InsufficientBalance)
{
    public decimal Available { get; } = available;
}
