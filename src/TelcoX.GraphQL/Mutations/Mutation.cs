using System.ComponentModel;
using System.Reflection;
using GraphQL;
using GraphQL.Types;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Mutations;

/// <summary>
/// One mutation, in one file: <c>fooBar(input: FooBarInput!): FooBarPayload!</c> for a class named
/// <c>FooBar</c>. Its <see cref="DescriptionAttribute"/>, <see cref="AuthorizeAttribute"/> policy and
/// <see cref="ErrorAttribute{TError}"/>s sit on the class; <typeparamref name="TInput"/> and
/// <typeparamref name="TPayload"/> become graph types by themselves; <see cref="RunAsync"/> is the rule.
/// </summary>
public abstract class Mutation<TInput, TPayload> : IMutationField where TPayload : Payload
{
    /// <summary>From the class name; <see cref="NameAttribute"/> when that name is an entity's (<c>Purchase</c>).</summary>
    public string Name => GetType().GetCustomAttribute<NameAttribute>()?.Name ?? char.ToLowerInvariant(GetType().Name[0]) + GetType().Name[1..];

    /// <summary>
    /// The rule, inside one database transaction: throw a <see cref="DomainException"/> to roll it back
    /// and answer with a payload error. The payload's <see cref="Payload.Events"/> are published once it commits.
    /// </summary>
    protected virtual Task<TPayload> RunAsync(TInput input, MutationScope scope) =>
        throw new NotSupportedException($"{GetType().Name} overrides neither RunAsync nor ExecuteAsync.");

    /// <summary>
    /// How a call runs: the default is <see cref="RunAsync"/> in one transaction, then its events. A
    /// mutation that is not one transaction (a batcher, a run in batches) overrides this instead; a
    /// <see cref="DomainException"/> thrown here also becomes the payload's error.
    /// </summary>
    protected virtual async Task<TPayload> ExecuteAsync(TInput input, IResolveFieldContext context)
    {
        var now = context.UtcNow();
        await using var db = context.CreateUnscopedDbContext();
        var payload = await db.InTransactionAsync((db, ct) => RunAsync(input, new MutationScope(db, now, context, ct)), Failed, context.CancellationToken);
        await context.PublishAsync(payload.Events);
        return payload;
    }

    private async Task<TPayload> AnswerAsync(IResolveFieldContext context)
    {
        try
        {
            return await ExecuteAsync(context.GetArgument<TInput>("input"), context);
        }
        catch (DomainException exception)
        {
            return Failed() with { Errors = [exception.Error] };
        }
    }

    /// <summary>The payload that carries only errors: every field null, every list empty.</summary>
    protected static TPayload Failed() => EmptyPayload<TPayload>.Create();

    void IMutationField.AddTo(ObjectGraphType root)
    {
        var type = GetType();
        var errors = type.GetCustomAttributes<ErrorAttribute>().Select(e => e.ErrorType).ToArray();
        var field = root.Field(Name, new NonNullGraphType(new MutationPayloadGraphType<TPayload>(Name, errors)))
            .Description(type.GetCustomAttribute<DescriptionAttribute>()?.Description)
            .Argument(new NonNullGraphType(new MutationInputGraphType<TInput>()), "input")
            .ResolveAsync(async context => await AnswerAsync(context));
        // No policy, no rule: the field is refused to everyone (deny by default).
        if (type.GetCustomAttribute<AuthorizeAttribute>()?.Policy is { } policy)
            field.AuthorizeWithPolicy(policy);
    }
}

/// <summary>What the schema needs of a mutation, whatever its input and payload.</summary>
public interface IMutationField
{
    string Name { get; }

    void AddTo(ObjectGraphType root);
}
