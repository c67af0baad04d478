using System.ComponentModel;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Mutations;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Customers;

public sealed record AddLineInput(
    int CustomerId,
    [Description("5–15 digits with an optional leading '+', stored exactly as given.")] string? Msisdn,
    ProductType ProductType,
    [Description("A catalogue plan: the line starts with its data and minutes.")] int? PlanId);

public sealed record AddLinePayload([Description("The new line; its consumption is created with it.")] PhoneLine? Line) : Payload;

[Description("Adds a phone line to a customer, with its consumption.")]
[Authorize(Staff)]
[Error<ValidationError>, Error<NotFoundError>, Error<ConflictError>]
public sealed class AddLine : Mutation<AddLineInput, AddLinePayload>
{
    protected override async Task<AddLinePayload> RunAsync(AddLineInput input, MutationScope scope)
    {
        var (db, ct) = (scope.Db, scope.Cancellation);
        var msisdn = CustomerRules.Msisdn(input.Msisdn);
        var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == input.CustomerId, ct) ?? throw CustomerErrors.NotFound(input.CustomerId);
        await CustomerConflicts.EnsureFreeAsync(db, null, null, null, msisdn, ct);
        var line = await NewLines.AddAsync(db, customer, msisdn, input.ProductType, input.PlanId, scope.Now, ct);
        await CustomerConflicts.SaveAsync(db, null, null, msisdn, ct);
        return new AddLinePayload(line);
    }
}
