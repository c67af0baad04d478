namespace TelcoX.GraphQL.Conventions.Fields;

/// <summary>
/// Per-entity tweaks to the filter and sort inputs, found by reflection in the entity's assembly
/// (like EF's IEntityTypeConfiguration): hide a property, or expose a derived field as an expression.
/// </summary>
public interface IEntityConventions<T>
{
    void Configure(EntityConventionsBuilder<T> entity);
}
