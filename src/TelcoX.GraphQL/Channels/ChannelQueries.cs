using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Channels;

public static class ChannelQueries
{
    public static void AddChannelQueries(this ObjectGraphType query)
    {
        query.Field<ChannelGraphType>("channel")
            .Description("One channel message, by id.")
            .Argument<NonNullGraphType<IntGraphType>>("id")
            .ResolveAsync(ChannelAsync);
        query.Connection<ChannelGraphType, Channel>("channels", db => db.Channels)
            .Description = "Channel messages, filtered, sorted and paged; by id unless ordered.";
        // A nullable list: an unknown key nulls this field only, not the whole response.
        query.Field<ListGraphType<NonNullGraphType<ChannelGraphType>>>("channelsByCustomer")
            .Description("One customer's messages, newest first.")
            .Argument<NonNullGraphType<IntGraphType>>("customerId")
            .ResolveAsync(ChannelsByCustomerAsync);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChannelGraphType>>>>("messagesByKind")
            .Description("Every message of one kind, newest first: give `kind`, or `kindName` as text (not both).")
            // Optional since kindName arrived, so documents that pass `kind: CALL` or a ChannelKind! variable still work.
            .Argument<ChannelKindGraphType>("kind")
            .Argument<StringGraphType>("kindName", "EMAIL or CALL as text, in any letter case; \"llamada\" means CALL. Anything else: \"Tipo de canal inválido\".")
            .ResolveAsync(MessagesByKindAsync);
    }

    private static Task<object?> ChannelAsync(IResolveFieldContext<object?> context)
    {
        var id = context.GetArgument<int>("id");
        return context.OneOrNotFoundAsync(db => db.Channels.Where(c => c.Id == id), $"Channel {id} not found");
    }

    private static Task<object?> ChannelsByCustomerAsync(IResolveFieldContext<object?> context)
    {
        var customerId = context.GetArgument<int>("customerId");
        return context.QueryAsync(async (db, ct) =>
        {
            if (!await db.Customers.AnyAsync(c => c.Id == customerId, ct))
                throw CustomerErrors.UnknownId(customerId);
            return await NewestFirst(db.Channels.AsNoTracking().Where(c => c.CustomerId == customerId)).ToListAsync(ct);
        });
    }

    private static Task<object?> MessagesByKindAsync(IResolveFieldContext<object?> context)
    {
        var kind = MessageKind(context.GetArgument<ChannelKind?>("kind"), context.GetArgument<string?>("kindName"));
        return context.QueryAsync((db, ct) => NewestFirst(db.Channels.AsNoTracking().Where(c => c.Kind == kind)).ToListAsync(ct));
    }

    // One kind, read as registerChannel reads it; two could disagree, and none is an invalid kind.
    private static ChannelKind MessageKind(ChannelKind? kind, string? kindName)
    {
        if (kind is not null && kindName is not null)
            throw GraphQLErrors.BadUserInput("Indique kind o kindName, no ambos");
        return kind ?? ChannelKinds.Parse(kindName) ?? throw GraphQLErrors.BadUserInput(ChannelKinds.Invalid);
    }

    private static IQueryable<Channel> NewestFirst(IQueryable<Channel> channels) =>
        channels.OrderByDescending(c => c.Timestamp).ThenByDescending(c => c.Id);
}
