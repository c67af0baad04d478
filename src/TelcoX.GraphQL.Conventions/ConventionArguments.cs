using GraphQL;

namespace TelcoX.GraphQL.Conventions;

/// <summary>
/// A field's <c>where</c> and <c>order</c> and the request's clock, read once: batched loaders run
/// after the resolver has returned, when graphql-dotnet may already have reused its context.
/// </summary>
internal sealed record ConventionArguments(object? Where, object? Order, DateTime Now)
{
    public static ConventionArguments From(IResolveFieldContext context, object? defaultOrder = null) =>
        new(Argument(context, "where"), Argument(context, "order") ?? defaultOrder, RequestClock.Now(context));

    private static object? Argument(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value : null;
}
