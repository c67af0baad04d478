using TelcoX.GraphQL.Auth;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Health;
using TelcoX.GraphQL.Hosting;
using TelcoX.GraphQL.Jobs;
using TelcoX.GraphQL.Observability;
using TelcoX.GraphQL.Schema;
using TelcoX.GraphQL.Server;
using TelcoX.GraphQL.Server.Ide;
using TelcoX.GraphQL.Server.Subscriptions;
using TelcoX.GraphQL.Usage;

var builder = WebApplication.CreateBuilder(LaunchEnvironment.Options(args));
if (StartupRefusal.Refuses(builder))
    return 1;
builder.AddTelcoHosting();
builder.AddTelcoTelemetry();
builder.AddTelcoDatabase();
builder.AddTelcoEvents();
builder.Services.AddTelcoUsageRecording();
BillingOptions.Register(builder.Services, builder.Configuration);
builder.AddTelcoAuth();
builder.Services.AddTelcoGraphQL();
builder.Services.AddTelcoIde();
builder.Services.AddTelcoRealtime<TelcoSchema>(builder.Configuration);
builder.AddTelcoJobs();

var app = builder.Build();
await app.MigrateTelcoDatabaseAsync();
app.UseAuthentication();
app.MapTelcoHealth();
app.MapTelcoIde();
app.UseTelcoWebSockets();
app.MapTelcoGraphQL();
app.LogWhereToBrowse();

app.Run();
return 0;

public partial class Program;
