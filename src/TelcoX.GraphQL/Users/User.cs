using TelcoX.GraphQL.Customers;

namespace TelcoX.GraphQL.Users;

public sealed class User
{
    public int Id { get; set; }
    public required string Email { get; set; }
    /// <summary>ASP.NET Core Identity's salted PBKDF2 hash; the clear password is never stored.</summary>
    public required string PasswordHash { get; set; }
    public UserRole Role { get; set; }
    /// <summary>Set for CUSTOMER users only: the customer whose rows they may see.</summary>
    public int? CustomerId { get; set; }
    public Customer? Customer { get; set; }
    public DateTime CreatedAt { get; set; }
}
