using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Health;
using TelcoX.GraphQL.Schema;

var builder = WebApplication.CreateBuilder(args);
builder.AddTelcoDatabase();
builder.Services.AddTelcoGraphQL();

var app = builder.Build();
await app.MigrateTelcoDatabaseAsync();
app.MapTelcoHealth();

app.Run();

public partial class Program;
