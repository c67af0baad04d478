using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using GraphQLParser.AST;
using TelcoX.ClientGenerator.Diagnostics;

namespace TelcoX.ClientGenerator.Validation;

/// <summary>Validates one operation with graphql-dotnet's own rules, as the API would, and maps errors to files.</summary>
public static class OperationValidator
{
    private static readonly DocumentValidator Validator = new();

    public static IReadOnlyList<GeneratorError> Validate(ISchema schema, CombinedDocument combined)
    {
        var operation = combined.Document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var result = Validator.ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = combined.Document,
            Operation = operation,
            Rules = DocumentValidator.CoreRules,
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
        }).GetAwaiter().GetResult();

        // Without values every required variable would be "missing": only the document itself is checked.
        return result.Errors
            .Where(error => error is not InvalidVariableError)
            .Select(error => error.Locations is { Count: > 0 } locations
                ? combined.ErrorAt(locations[0].Line, locations[0].Column, ErrorCodes.Validation, error.Message)
                : combined.ErrorAt(1, 1, ErrorCodes.Validation, error.Message))
            .ToList();
    }
}
