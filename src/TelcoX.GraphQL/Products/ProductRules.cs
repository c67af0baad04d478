using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Products;

/// <summary>The rules every product write obeys, shared by create and update.</summary>
public static class ProductRules
{
    public const int MaxNameLength = 255;
    public const int MaxDescriptionLength = 1024;

    public static string Name(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            throw Invalid("Name is required", "name");
        if (ReadableText.FirstRefused(trimmed) is { } refused)
            throw Invalid($"Name must not contain control or invisible formatting characters (found {refused})", "name");
        var normalized = ReadableText.Nfc(trimmed);
        if (normalized.Length > MaxNameLength)
            throw Invalid($"Name must be at most {MaxNameLength} characters", "name");
        return normalized;
    }

    /// <summary>Trimmed; blank means no description.</summary>
    public static string? Description(string? description)
    {
        var trimmed = description?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return null;
        if (trimmed.Length > MaxDescriptionLength)
            throw Invalid($"Description must be at most {MaxDescriptionLength} characters", "description");
        return trimmed;
    }

    public static decimal Price(decimal? price)
    {
        if (price is not { } value)
            throw Invalid("Price is required", "price");
        if (value <= 0)
            throw Invalid("Price must be greater than zero", "price");
        // The bound first: value * 100 would overflow for the largest decimals.
        if (value > Money.Max)
            throw Invalid($"Price must be at most {Money.Max}", "price");
        if (value * 100 != decimal.Truncate(value * 100))
            throw Invalid("Price must have at most 2 decimal places", "price");
        return value;
    }

    /// <summary>
    /// Names are unique regardless of case, as MariaDB's case-insensitive unique index already
    /// enforces; checking here gives SQLite the same rule and a clear message on both. Both sides
    /// are NFC (<see cref="Name"/> stores that form), so "Café" composed or decomposed is one name.
    /// </summary>
    public static async Task EnsureNameFreeAsync(TelcoDbContext db, string name, int? exceptId, CancellationToken ct)
    {
        var lowered = name.ToLowerInvariant();
        if (await db.Products.AnyAsync(p => p.Name.ToLower() == lowered && p.Id != exceptId, ct))
            throw NameTaken(name);
    }

    /// <summary>Saves, turning a concurrent writer's win on the unique name index into the same conflict.</summary>
    public static async Task SaveAsync(TelcoDbContext db, string name, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            throw NameTaken(name);
        }
    }

    public static DomainException NotFound(int id) => new(new NotFoundError($"Product with id {id} not found"));

    private static DomainException NameTaken(string name) =>
        new(new ConflictError($"A product named \"{name}\" already exists", "name"));

    private static DomainException Invalid(string message, string field) => new(new ValidationError(message, field));
}
