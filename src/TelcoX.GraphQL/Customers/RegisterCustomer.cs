using System.ComponentModel;
using GraphQL;
using TelcoX.GraphQL.Mutations;
using static TelcoX.GraphQL.Auth.Authorization.Policies;
using static TelcoX.GraphQL.Customers.CustomerRules;

namespace TelcoX.GraphQL.Customers;

/// <summary>Name and service type are optional in the schema so that leaving them out gets the rule's own message, not a validation error.</summary>
public sealed record RegisterCustomerInput(
    [Description("Required.")] string? Name,
    [Description("Required free text: \"prepago\", \"soporte\", \"PQRS\" …")] string? ServiceType,
    [Description("National id; unique when given.")] string? Dni,
    string? Email,
    [Description("Unique; generated (CN-0000123) when left out.")] string? ContractNumber,
    [Description("A first line, created with its consumption.")] FirstLineInput? Line);

public sealed record RegisterCustomerPayload(
    Customer? Customer,
    [Description("The first line, when one was given.")] PhoneLine? Line,
    [Description("\"Cliente registrado exitosamente\" when the customer was registered; null with errors.")] string? Message) : Payload;

[Description("Registers a customer, optionally with a first line and its consumption.")]
[Authorize(Staff)]
[Error<ValidationError>, Error<NotFoundError>, Error<ConflictError>]
public sealed class RegisterCustomer : Mutation<RegisterCustomerInput, RegisterCustomerPayload>
{
    protected override async Task<RegisterCustomerPayload> RunAsync(RegisterCustomerInput input, MutationScope scope)
    {
        var (db, now, ct) = (scope.Db, scope.Now, scope.Cancellation);
        var name = Required(input.Name, "name", NameMax, NameAndServiceTypeRequired);
        var serviceType = Required(input.ServiceType, "serviceType", ServiceTypeMax, NameAndServiceTypeRequired);
        var dni = Optional(input.Dni, "dni", DniMax);
        var email = Email(input.Email);
        var contractNumber = Optional(input.ContractNumber, "contractNumber", ContractNumberMax);
        var msisdn = input.Line is null ? null : Msisdn(input.Line.Msisdn);
        await CustomerConflicts.EnsureFreeAsync(db, null, dni, contractNumber, msisdn, ct);

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

        // The generated number needs the customer's id, so it is written once the row has one.
        if (contractNumber is null)
        {
            customer.ContractNumber = await ContractNumbers.ForAsync(db, customer.Id, ct);
            await CustomerConflicts.SaveAsync(db, dni, customer.ContractNumber, msisdn, ct);
        }
        return new RegisterCustomerPayload(customer, line, "Cliente registrado exitosamente");
    }
}
