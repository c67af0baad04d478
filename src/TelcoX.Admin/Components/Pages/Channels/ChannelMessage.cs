using TelcoX.Admin.GraphQL;

namespace TelcoX.Admin.Components.Pages.Channels;

/// <summary>One message as the list shows it, whichever query found it; the customer is known by kind lists only.</summary>
public sealed record ChannelMessage(ChannelKind Kind, string Content, DateTimeOffset Timestamp, int? CustomerId, string? CustomerName);
