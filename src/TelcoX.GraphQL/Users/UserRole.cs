namespace TelcoX.GraphQL.Users;

public enum UserRole
{
    Admin,
    Agent,
    Customer,
}
