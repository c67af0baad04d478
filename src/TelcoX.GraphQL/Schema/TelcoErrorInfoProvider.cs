using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;

namespace TelcoX.GraphQL.Schema;

/// <summary>
/// Clients read <c>extensions.code</c> only; internal exception details never leave the server. Where
/// introspection is off, validation errors stop suggesting names ("Did you mean 'customers'?"), which
/// would otherwise hand out the schema one guess at a time. A code graphql-dotnet derived from an
/// exception's type name never goes out either (UnexpectedErrors handles the exceptions themselves).
/// </summary>
public sealed partial class TelcoErrorInfoProvider(IConfiguration configuration, IHostEnvironment environment)
    : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeCode = true, ExposeCodes = false, ExposeData = false, ExposeExceptionDetails = false })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is ValidationError && !GraphQLRegistration.IntrospectionAllowed(configuration, environment))
            info.Message = Suggestion().Replace(info.Message, "");
        if (IsTypeNameCode(executionError) && info.Extensions is { } extensions)
            extensions["code"] = ErrorCodes.InternalServerError;
        return info;
    }

    // Document and request errors are the client's (SYNTAX_ERROR comes from the parser's exception, by design).
    private static bool IsTypeNameCode(ExecutionError error) =>
        error.InnerException is { } inner && error.Code == GetErrorCode(inner) && error is not (DocumentError or RequestError);

    // FieldsOnCorrectType, KnownArgumentNames and KnownTypeNames end their message with the suggestion.
    [GeneratedRegex(@"\s*Did you mean .*$", RegexOptions.Singleline)]
    private static partial Regex Suggestion();
}
