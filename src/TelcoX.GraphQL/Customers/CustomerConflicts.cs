using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Customers;

/// <summary>
/// Duplicate msisdn, dni and contract number, each refused naming its field: checked first for a
/// clear answer, and caught again at save time for the race two requests can still run.
/// </summary>
public static class CustomerConflicts
{
    public static DomainException Dni(string dni) => Conflict($"Ya existe un cliente con el dni {dni}", "dni");

    public static DomainException ContractNumber(string number) =>
        Conflict($"Ya existe un cliente con el número de contrato {number}", "contractNumber");

    public static DomainException Msisdn(string msisdn) => Conflict($"Ya existe una línea con el msisdn {msisdn}", "msisdn");

    public static async Task EnsureFreeAsync(TelcoDbContext db, int? exceptCustomerId, string? dni, string? contractNumber,
        string? msisdn, CancellationToken ct)
    {
        if (dni is not null && await db.Customers.AnyAsync(c => c.Dni == dni && c.Id != exceptCustomerId, ct))
            throw Dni(dni);
        if (contractNumber is not null && await db.Customers.AnyAsync(c => c.ContractNumber == contractNumber && c.Id != exceptCustomerId, ct))
            throw ContractNumber(contractNumber);
        if (msisdn is not null && await db.PhoneLines.AnyAsync(l => l.Msisdn == msisdn, ct))
            throw Msisdn(msisdn);
    }

    /// <summary>SaveChanges, with a unique-index violation turned into the same conflict the check gives.</summary>
    public static async Task SaveAsync(TelcoDbContext db, string? dni, string? contractNumber, string? msisdn, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation("Customers", "Dni"))
        {
            throw Dni(dni ?? "");
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation("Customers", "ContractNumber"))
        {
            throw ContractNumber(contractNumber ?? "");
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation("PhoneLines", "Msisdn"))
        {
            throw Msisdn(msisdn ?? "");
        }
    }

    private static DomainException Conflict(string message, string field) => new(new ConflictError(message, field));
}
