using GraphQL;

namespace TelcoX.GraphQL.Server;

/// <summary>
/// A transport's own failure, outside the engine: logged with an id, answered with a stable code and
/// that id, never the exception's type or message (the same shape an unhandled resolver error gets).
/// </summary>
public static class TransportFailures
{
    public const string Code = "INTERNAL_SERVER_ERROR";
    public const string ErrorIdExtension = "errorId";

    public static ExecutionError Report(ILogger logger, Exception exception, string where)
    {
        var errorId = Guid.NewGuid().ToString("N");
        logger.LogError(exception, "Unexpected error in {Where} (error {ErrorId})", where, errorId);
        return Unexpected(errorId);
    }

    /// <summary>The answer to a failure logged under <paramref name="errorId"/>.</summary>
    public static ExecutionError Unexpected(string errorId) =>
        new ExecutionError($"The server failed unexpectedly; if it happens again, report error {errorId}.") { Code = Code }
            .AddExtension(ErrorIdExtension, errorId);
}
