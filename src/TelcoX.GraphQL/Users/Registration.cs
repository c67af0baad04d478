using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Users;

public static class Registration
{
    public static async Task<RegisterPayload> RegisterAsync(TelcoDbContext db, RegisterInput input, CancellationToken ct)
    {
        var email = UserRules.Email(input.Email);
        var password = UserRules.Password(input.Password);
        var role = input.Role ?? UserRole.Customer;
        if (input.CustomerId is { } customerId)
        {
            if (role != UserRole.Customer)
                throw new DomainException(new ValidationError("Only CUSTOMER users can be linked to a customer", "customerId"));
            if (!await db.Customers.AnyAsync(c => c.Id == customerId, ct))
                throw new DomainException(new NotFoundError($"Customer with id {customerId} not found"));
        }
        if (await db.Users.AnyAsync(u => u.Email == email, ct))
            throw EmailTaken();

        var user = new User { Email = email, PasswordHash = "", Role = role, CustomerId = input.CustomerId, CreatedAt = DateTime.UtcNow };
        user.PasswordHash = Passwords.Hash(user, password);
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            throw EmailTaken(); // registered by a concurrent request since the check above
        }
        return new RegisterPayload(user);
    }

    private static DomainException EmailTaken() => new(new ConflictError("Email is already registered", "email"));
}
