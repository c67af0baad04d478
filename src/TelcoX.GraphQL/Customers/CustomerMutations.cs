using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Customers;

public static class CustomerMutations
{
    public static void AddCustomerMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RegisterCustomerPayloadGraphType>>("registerCustomer")
            .Description("Registers a customer, optionally with a first line and its consumption.")
            .Argument<NonNullGraphType<RegisterCustomerInputGraphType>>("input")
            .ResolveAsync(context => context.InTransactionAsync(
                (db, ct) => CustomerRegistration.RegisterAsync(db, context.GetArgument<RegisterCustomerInput>("input"), ct),
                () => new RegisterCustomerPayload(null, null, null)));
        mutation.Field<NonNullGraphType<UpdateCustomerPayloadGraphType>>("updateCustomer")
            .Description("Changes only the fields given.")
            .Argument<NonNullGraphType<UpdateCustomerInputGraphType>>("input")
            .ResolveAsync(context => context.InTransactionAsync(
                (db, ct) => CustomerUpdate.UpdateAsync(db, context.GetArgument<UpdateCustomerInput>("input"), ct),
                () => new UpdateCustomerPayload(null)));
        mutation.Field<NonNullGraphType<AddLinePayloadGraphType>>("addLine")
            .Description("Adds a phone line to a customer, with its consumption.")
            .Argument<NonNullGraphType<AddLineInputGraphType>>("input")
            .ResolveAsync(context => context.InTransactionAsync(
                (db, ct) => AddLineAsync(db, context.GetArgument<AddLineInput>("input"), ct),
                () => new AddLinePayload(null)));
    }

    private static async Task<AddLinePayload> AddLineAsync(TelcoDbContext db, AddLineInput input, CancellationToken ct)
    {
        var msisdn = CustomerRules.Msisdn(input.Msisdn);
        var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == input.CustomerId, ct)
            ?? throw new DomainException(new NotFoundError($"El cliente con id {input.CustomerId} no existe"));
        await CustomerConflicts.EnsureFreeAsync(db, null, null, null, msisdn, ct);
        var line = await NewLines.AddAsync(db, customer, msisdn, input.ProductType, input.PlanId, DateTime.UtcNow, ct);
        await CustomerConflicts.SaveAsync(db, null, null, msisdn, ct);
        return new AddLinePayload(line);
    }
}
