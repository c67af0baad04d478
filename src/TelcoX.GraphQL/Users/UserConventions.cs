using TelcoX.GraphQL.Conventions.Fields;

namespace TelcoX.GraphQL.Users;

/// <summary>The password hash is never filterable or sortable: a filter on it would be an oracle.</summary>
internal sealed class UserConventions : IEntityConventions<User>
{
    public void Configure(EntityConventionsBuilder<User> user) => user.Ignore(u => u.PasswordHash);
}
