using GraphQL;

namespace TelcoX.GraphQL.Conventions;

/// <summary>A client mistake in paging, filtering or sorting arguments: reported, never silently corrected.</summary>
public sealed class BadUserInputError : ExecutionError
{
    public BadUserInputError(string message) : base(message) => Code = "BAD_USER_INPUT";
}
