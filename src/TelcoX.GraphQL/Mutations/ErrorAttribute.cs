namespace TelcoX.GraphQL.Mutations;

/// <summary>An error a mutation may answer with: a member of its payload's error union, as Hot Chocolate's <c>[Error]</c>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public abstract class ErrorAttribute : Attribute
{
    public abstract Type ErrorType { get; }
}

/// <inheritdoc />
public sealed class ErrorAttribute<TError> : ErrorAttribute where TError : DomainError
{
    public override Type ErrorType => typeof(TError);
}
