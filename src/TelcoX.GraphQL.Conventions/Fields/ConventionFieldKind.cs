namespace TelcoX.GraphQL.Conventions.Fields;

public enum ConventionFieldKind
{
    Scalar,
    /// <summary>A reference navigation: filtered and sorted through its own fields.</summary>
    Object,
    /// <summary>A collection navigation: filtered with some/all/none/any, never sorted.</summary>
    List,
}
