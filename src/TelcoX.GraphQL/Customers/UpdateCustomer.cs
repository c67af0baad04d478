using System.ComponentModel;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Mutations;
using static TelcoX.GraphQL.Auth.Authorization.Policies;
using static TelcoX.GraphQL.Customers.CustomerRules;

namespace TelcoX.GraphQL.Customers;

/// <summary>A partial update: a field left out stays as it is, while an explicit null clears dni or email.</summary>
[Description("Only the fields sent change; null clears dni or email.")]
public sealed record UpdateCustomerInput(
    int Id,
    Optional<string?> Name,
    Optional<string?> ServiceType,
    Optional<string?> Dni,
    Optional<string?> Email,
    Optional<string?> ContractNumber);

public sealed record UpdateCustomerPayload(Customer? Customer) : Payload;

[Description("Changes only the fields given.")]
[Authorize(Staff)]
[Error<ValidationError>, Error<NotFoundError>, Error<ConflictError>]
public sealed class UpdateCustomer : Mutation<UpdateCustomerInput, UpdateCustomerPayload>
{
    protected override async Task<UpdateCustomerPayload> RunAsync(UpdateCustomerInput input, MutationScope scope)
    {
        var (db, ct) = (scope.Db, scope.Cancellation);
        // Every given field is checked before anything is read, so a refusal never depends on the row.
        var name = input.Name.IsSet ? Required(input.Name.Value, "name", NameMax, NameAndServiceTypeRequired) : null;
        var serviceType = input.ServiceType.IsSet
            ? Required(input.ServiceType.Value, "serviceType", ServiceTypeMax, NameAndServiceTypeRequired) : null;
        var contractNumber = input.ContractNumber.IsSet
            ? Required(input.ContractNumber.Value, "contractNumber", ContractNumberMax, "El número de contrato no puede quedar vacío") : null;
        var dni = input.Dni.IsSet ? Optional(input.Dni.Value, "dni", DniMax) : null;
        var email = input.Email.IsSet ? Email(input.Email.Value) : null;

        var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == input.Id, ct) ?? throw CustomerErrors.NotFound(input.Id);
        await CustomerConflicts.EnsureFreeAsync(db, customer.Id, dni, contractNumber, null, ct);

        if (name is not null) customer.Name = name;
        if (serviceType is not null) customer.ServiceType = serviceType;
        if (contractNumber is not null) customer.ContractNumber = contractNumber;
        if (input.Dni.IsSet) customer.Dni = dni;
        if (input.Email.IsSet) customer.Email = email;
        await CustomerConflicts.SaveAsync(db, dni, contractNumber, null, ct);
        return new UpdateCustomerPayload(customer);
    }
}
