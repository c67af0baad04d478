using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;
using static TelcoX.GraphQL.Customers.CustomerRules;

namespace TelcoX.GraphQL.Customers;

public static class CustomerUpdate
{
    public static async Task<UpdateCustomerPayload> UpdateAsync(TelcoDbContext db, UpdateCustomerInput input, CancellationToken ct)
    {
        // Every given field is checked before anything is read, so a refusal never depends on the row.
        var name = input.Has("name") ? Required(input.Name, "name", NameMax, NameAndServiceTypeRequired) : null;
        var serviceType = input.Has("serviceType")
            ? Required(input.ServiceType, "serviceType", ServiceTypeMax, NameAndServiceTypeRequired) : null;
        var contractNumber = input.Has("contractNumber")
            ? Required(input.ContractNumber, "contractNumber", ContractNumberMax, "El número de contrato no puede quedar vacío") : null;
        var dni = Optional(input.Dni, "dni", DniMax);
        var email = Email(input.Email);

        var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == input.Id, ct)
            ?? throw new DomainException(new NotFoundError($"El cliente con id {input.Id} no existe"));
        await CustomerConflicts.EnsureFreeAsync(db, customer.Id, input.Has("dni") ? dni : null, contractNumber, null, ct);

        if (name is not null) customer.Name = name;
        if (serviceType is not null) customer.ServiceType = serviceType;
        if (contractNumber is not null) customer.ContractNumber = contractNumber;
        if (input.Has("dni")) customer.Dni = dni;
        if (input.Has("email")) customer.Email = email;
        await CustomerConflicts.SaveAsync(db, dni, contractNumber, null, ct);
        return new UpdateCustomerPayload(customer);
    }
}
