using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Customers;

/// <summary>Most look-ups start from an msisdn; an unknown one always reads "Cliente no encontrado".</summary>
public static class LineLookup
{
    public static async Task<PhoneLine> LineByMsisdnAsync(this TelcoDbContext db, string msisdn, CancellationToken cancellationToken) =>
        await db.PhoneLines.AsNoTracking().SingleOrDefaultAsync(l => l.Msisdn == msisdn, cancellationToken)
        ?? throw CustomerErrors.UnknownMsisdn();
}
