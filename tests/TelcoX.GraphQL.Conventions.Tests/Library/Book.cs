namespace TelcoX.GraphQL.Conventions.Tests.Library;

public sealed class Book
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public int Pages { get; set; }
    public int AuthorId { get; set; }
    public Author Author { get; set; } = null!;
}
