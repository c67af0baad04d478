using GraphQL.Types;

namespace TelcoX.GraphQL.Notifications;

public sealed class MarkNotificationReadInputGraphType : InputObjectGraphType<MarkNotificationReadInput>
{
    public MarkNotificationReadInputGraphType()
    {
        Name = "MarkNotificationReadInput";
        Field(i => i.Id);
    }
}
