using GraphQL;
using GraphQL.Execution;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Schema;

/// <summary>
/// The net under every resolver, data loader and subscription: an exception no resolver turned into a
/// GraphQL error would otherwise answer a code made from its type name (NULL_REFERENCE, MY_SQL, …).
/// A database outage answers DATABASE_UNAVAILABLE, anything else INTERNAL_SERVER_ERROR; both carry an
/// <c>extensions.errorId</c> that the log line of the exception carries too. The transports answer their
/// own failures the same way (TelcoX.GraphQL.Server's <c>TransportFailures</c>).
/// </summary>
public static class UnexpectedErrors
{
    public const string ErrorIdExtension = "errorId";
    public const string LoggerCategory = "TelcoX.GraphQL.Errors";

    public static Task HandleAsync(UnhandledExceptionContext context)
    {
        var errorId = Guid.NewGuid().ToString("N");
        var logger = context.ExecutionOptions.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(LoggerCategory);
        var where = context.FieldContext is { } field ? string.Join('.', field.ResponsePath) : "the operation";
        ExecutionError error;
        if (DatabaseOutage.IsCause(context.OriginalException))
        {
            logger?.LogWarning(context.OriginalException, "Database unavailable resolving {Path} (error {ErrorId})", where, errorId);
            error = new ExecutionError("The database is unavailable at the moment; try again shortly.") { Code = ErrorCodes.DatabaseUnavailable };
        }
        else
        {
            logger?.LogError(context.OriginalException, "Unexpected error resolving {Path} (error {ErrorId})", where, errorId);
            error = new ExecutionError($"The server failed unexpectedly; if it happens again, report error {errorId}.") { Code = ErrorCodes.InternalServerError };
        }
        context.Exception = error.AddExtension(ErrorIdExtension, errorId);
        return Task.CompletedTask;
    }
}
