using System.Reflection;
using GraphQL.Types;

namespace TelcoX.GraphQL.Mutations;

/// <summary>
/// Hot Chocolate's mutation convention: <c>FooBarPayload</c> holds the record's own properties, then
/// <c>errors: [FooBarError!]</c>, a union of the error types <c>fooBar</c> may answer with.
/// </summary>
public sealed class MutationPayloadGraphType<TPayload> : RecordGraphType<TPayload> where TPayload : Payload
{
    public MutationPayloadGraphType(string mutationName, IEnumerable<Type> errorTypes)
    {
        var prefix = char.ToUpperInvariant(mutationName[0]) + mutationName[1..];
        Name = $"{prefix}Payload";
        var errors = new UnionGraphType { Name = $"{prefix}Error", Description = $"What can stop {mutationName}." };
        foreach (var errorType in errorTypes)
            errors.Type(ErrorGraphTypes.For(errorType));
        Field("errors", new ListGraphType(new NonNullGraphType(errors)))
            .Description("Null on success; otherwise why nothing changed.")
            .Resolve(context => context.Source.Errors);
    }

    /// <summary>The record's own public properties; errors and events are the convention's.</summary>
    protected override IEnumerable<MemberInfo> GetRegisteredMembers() =>
        typeof(TPayload).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType != typeof(Payload));
}
