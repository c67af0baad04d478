using System.ComponentModel;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Auth;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Users;

public sealed record RegisterInput(
    [Description("Trimmed and lower-cased; unique.")] string Email,
    [Description("10 to 128 characters; stored only as a salted hash.")] string Password,
    [Description("Defaults to CUSTOMER. ADMIN and AGENT users can be registered only by an ADMIN.")] UserRole? Role,
    [Description("For CUSTOMER users: the existing customer they are. Only an ADMIN can set it.")] int? CustomerId)
{
    /// <summary>Without the password: a record prints every member, and inputs end up in logs.</summary>
    public override string ToString() => $"RegisterInput {{ Email = {Email}, Role = {Role}, CustomerId = {CustomerId} }}";
}

public sealed record RegisterPayload(User? User) : Payload;

/// <summary>Public, so that anyone may open a CUSTOMER account; staff accounts and links to a customer are checked in the rule.</summary>
[Description("Creates a user; the password is stored only as a salted hash.")]
[Authorize(Public)]
[Error<ValidationError>, Error<NotFoundError>, Error<ConflictError>, Error<ForbiddenError>]
public sealed class Register : Mutation<RegisterInput, RegisterPayload>
{
    protected override Task<RegisterPayload> ExecuteAsync(RegisterInput input, IResolveFieldContext context)
    {
        context.RequestServices!.GetRequiredService<LoginThrottle>().BeginRegistration(context.ClientAddress());
        return base.ExecuteAsync(input, context);
    }

    protected override async Task<RegisterPayload> RunAsync(RegisterInput input, MutationScope scope)
    {
        var (db, ct) = (scope.Db, scope.Cancellation);
        var passwords = scope.Service<Passwords>();
        var email = UserRules.Email(input.Email);
        var password = UserRules.Password(input.Password, email);
        var role = input.Role ?? UserRole.Customer;
        // Staff accounts need an ADMIN, and so does linking an account to a customer: whoever links
        // chooses the password, so they could be that customer. Refused before the customer is looked
        // up, so an id's existence shows to nobody but an ADMIN.
        if (role != UserRole.Customer && !CallerScope.IsAdmin(scope.User))
            throw new DomainException(new ForbiddenError("Only an ADMIN can register ADMIN or AGENT users"));
        if (input.CustomerId is not null && !CallerScope.IsAdmin(scope.User))
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

        var user = new User { Email = email, PasswordHash = "", Role = role, CustomerId = input.CustomerId, CreatedAt = scope.Now };
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
