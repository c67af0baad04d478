using GraphQL.Types;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Notifications;

public sealed class NotificationGraphType : ObjectGraphType<Notification>
{
    public NotificationGraphType()
    {
        var userById = BatchedRows.By(db => db.Users, u => u.Id);
        Name = "Notification";
        Description = "A message raised for one user when something about their account changes.";
        Field(n => n.Id);
        Field(n => n.Kind, type: typeof(NonNullGraphType<NotificationKindGraphType>));
        Field(n => n.Message);
        Field(n => n.IsRead);
        Field(n => n.CreatedAt);
        Field(n => n.ReadAt, nullable: true).Description("When the user marked it read; null while unread.");
        Field<NonNullGraphType<UserGraphType>>("user").Description("Who it is for.").Requires(n => n.UserId)
            .Resolve(c => userById.One(c, c.Source.UserId));
    }
}
