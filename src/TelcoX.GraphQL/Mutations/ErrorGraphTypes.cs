using GraphQL.Types;

namespace TelcoX.GraphQL.Mutations;

/// <summary>An object type for one kind of <see cref="DomainError"/>, implementing <c>Error</c>.</summary>
public abstract class ErrorGraphType<TError> : ObjectGraphType<TError> where TError : DomainError
{
    protected ErrorGraphType(string description)
    {
        Name = typeof(TError).Name;
        Description = description;
        Field(e => e.Message);
        Field(e => e.Code);
        Interface<ErrorInterfaceGraphType>();
        IsTypeOf = value => value is TError;
    }
}

public sealed class ValidationErrorGraphType : ErrorGraphType<ValidationError>
{
    public ValidationErrorGraphType() : base("The input breaks a rule.") =>
        Field(e => e.Field, nullable: true).Description("The input field at fault, when there is one.");
}

public sealed class NotFoundErrorGraphType : ErrorGraphType<NotFoundError>
{
    public NotFoundErrorGraphType() : base("Something the input names does not exist.") { }
}

public sealed class ConflictErrorGraphType : ErrorGraphType<ConflictError>
{
    public ConflictErrorGraphType() : base("A unique value is taken, or the current state forbids the change.") =>
        Field(e => e.Field, nullable: true).Description("The input field at fault, when there is one.");
}

public sealed class InsufficientStockErrorGraphType : ErrorGraphType<InsufficientStockError>
{
    public InsufficientStockErrorGraphType() : base("Fewer units in stock than asked for; nothing changed.") =>
        Field(e => e.Available).Description("Units in stock now.");
}

public sealed class InsufficientBalanceErrorGraphType : ErrorGraphType<InsufficientBalanceError>
{
    public InsufficientBalanceErrorGraphType() : base("The balance does not cover the amount; nothing changed.") =>
        Field(e => e.Available).Description("Balance available now.");
}

/// <summary>The object type of each kind of <see cref="DomainError"/>, for the error unions of payloads.</summary>
public static class ErrorGraphTypes
{
    private static readonly IReadOnlyDictionary<Type, Type> ByError = typeof(ErrorGraphTypes).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && type.BaseType is { IsGenericType: true } baseType
            && baseType.GetGenericTypeDefinition() == typeof(ErrorGraphType<>))
        .ToDictionary(type => type.BaseType!.GetGenericArguments()[0]);

    public static Type For(Type errorType) => ByError.TryGetValue(errorType, out var graphType)
        ? graphType
        : throw new InvalidOperationException($"{errorType.Name} has no ErrorGraphType; add one beside it.");
}
