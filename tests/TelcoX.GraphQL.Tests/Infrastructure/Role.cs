namespace TelcoX.GraphQL.Tests.Infrastructure;

/// <summary>Who a test client is: nobody, one of the demo users, or the development API key.</summary>
public enum Role
{
    Anonymous,
    Customer,
    Agent,
    Admin,
    ApiKey,
}
