using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Auth;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Users;

public static class Registration
{
    public static async Task<RegisterPayload> RegisterAsync(TelcoDbContext db, Passwords passwords, RegisterInput input, ClaimsPrincipal? caller,
        DateTime now, CancellationToken ct)
    {
        var email = UserRules.Email(input.Email);
        var password = UserRules.Password(input.Password, email);
        var role = input.Role ?? UserRole.Customer;
        // Anyone may open a CUSTOMER account; staff accounts need an ADMIN, and so does linking an
        // account to a customer: whoever links chooses the password, so they could be that customer.
        // Refused before the customer is looked up, so an id's existence shows to nobody but an ADMIN.
        if (role != UserRole.Customer && !CallerScope.IsAdmin(caller))
            throw new DomainException(new ForbiddenError("Only an ADMIN can register ADMIN or AGENT users"));
        if (input.CustomerId is not null && !CallerScope.IsAdmin(caller))
            throw new DomainException(new ForbiddenError("Only an ADMIN can link a user to a customer"));
        if (input.CustomerId is { } customerId)
        {
            if (role != UserRole.Customer)
                throw new DomainException(new ValidationError("Only CUSTOMER users can be linked to a customer", "customerId"));
            if (!await db.Customers.AnyAsync(c => c.Id == customerId, ct))
                throw new DomainException(new NotFoundError($"Customer with id {customerId} not found"));
        }
        if (await db.Users.AnyAsync(u => u.Email == email, ct))
        {
            // Hash anyway: otherwise a taken e-mail answers in a fraction of the time a new one takes.
            passwords.HashForNothing(password);
            throw EmailTaken();
        }

        var user = new User { Email = email, PasswordHash = "", Role = role, CustomerId = input.CustomerId, CreatedAt = now };
        user.PasswordHash = passwords.Hash(user, password);
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
