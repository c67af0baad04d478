using TelcoX.GraphQL.Data;
using static TelcoX.GraphQL.Customers.CustomerRules;

namespace TelcoX.GraphQL.Customers;

public static class CustomerRegistration
{
    public static async Task<RegisterCustomerPayload> RegisterAsync(TelcoDbContext db, RegisterCustomerInput input, CancellationToken ct)
    {
        var name = Required(input.Name, "name", NameMax, NameAndServiceTypeRequired);
        var serviceType = Required(input.ServiceType, "serviceType", ServiceTypeMax, NameAndServiceTypeRequired);
        var dni = Optional(input.Dni, "dni", DniMax);
        var email = Email(input.Email);
        var contractNumber = Optional(input.ContractNumber, "contractNumber", ContractNumberMax);
        var msisdn = input.Line is null ? null : Msisdn(input.Line.Msisdn);
        await CustomerConflicts.EnsureFreeAsync(db, null, dni, contractNumber, msisdn, ct);

        var now = DateTime.UtcNow;
        var customer = new Customer
        {
            Name = name,
            ServiceType = serviceType,
            Dni = dni,
            Email = email,
            ContractNumber = contractNumber ?? ContractNumbers.Placeholder(),
            CreatedAt = now,
        };
        db.Customers.Add(customer);
        var line = input.Line is null || msisdn is null ? null
            : await NewLines.AddAsync(db, customer, msisdn, input.Line.ProductType, input.Line.PlanId, now, ct);
        await CustomerConflicts.SaveAsync(db, dni, contractNumber, msisdn, ct);

        if (contractNumber is null)
        {
            customer.ContractNumber = await ContractNumbers.ForAsync(db, customer.Id, ct);
            await CustomerConflicts.SaveAsync(db, dni, customer.ContractNumber, msisdn, ct);
        }
        return new RegisterCustomerPayload(customer, line, "Cliente registrado exitosamente");
    }
}
