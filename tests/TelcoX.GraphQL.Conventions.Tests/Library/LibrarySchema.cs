namespace TelcoX.GraphQL.Conventions.Tests.Library;

/// <summary>Graph types come from DI, as in an app, so that the conventions' own types must be registered too.</summary>
public sealed class LibrarySchema : global::GraphQL.Types.Schema
{
    public LibrarySchema(IServiceProvider services, LibraryQuery query) : base(services) => Query = query;
}
