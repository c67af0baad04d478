using GraphQL;

namespace TelcoX.GraphQL.Conventions.Paging;

/// <summary>first/after/last/before, checked: a size beyond the limit is an error, never silently cut.</summary>
internal sealed record PageRequest(int Size, bool Backward, string? After, string? Before)
{
    public static PageRequest From(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null)
            throw new BadUserInputError("Pass either 'first' or 'last', not both.");
        Check("first", first);
        Check("last", last);
        return new PageRequest(first ?? last ?? PagingLimits.DefaultPageSize, last is not null,
            context.GetArgument<string?>("after"), context.GetArgument<string?>("before"));
    }

    private static void Check(string argument, int? size)
    {
        if (size is < 0 or > PagingLimits.MaxPageSize)
            throw new BadUserInputError(
                $"'{argument}' must be between 0 and {PagingLimits.MaxPageSize} (the maximum page size); it was {size}.");
    }
}
