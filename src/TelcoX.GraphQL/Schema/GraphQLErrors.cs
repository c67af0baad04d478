using GraphQL;

namespace TelcoX.GraphQL.Schema;

/// <summary>GraphQL errors with the seed's message verbatim and a stable <c>extensions.code</c>.</summary>
public static class GraphQLErrors
{
    public static ExecutionError NotFound(string message) => new(message) { Code = ErrorCodes.NotFound };

    public static ExecutionError BadUserInput(string message) => new(message) { Code = ErrorCodes.BadUserInput };
}
