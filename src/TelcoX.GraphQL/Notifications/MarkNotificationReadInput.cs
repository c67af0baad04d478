namespace TelcoX.GraphQL.Notifications;

public sealed record MarkNotificationReadInput(int Id);
