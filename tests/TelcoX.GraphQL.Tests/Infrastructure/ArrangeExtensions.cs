namespace TelcoX.GraphQL.Tests.Infrastructure;

public static class ArrangeExtensions
{
    /// <summary>Saves rows straight to the database; their ids are set once this returns.</summary>
    public static async Task AddRowsAsync(this TelcoApiFactory api, params object[] rows)
    {
        await using var db = api.CreateDbContext();
        db.AddRange(rows);
        await db.SaveChangesAsync();
    }
}
