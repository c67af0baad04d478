using TelcoX.Admin.Api;
using TelcoX.Admin.Components;
using TelcoX.Admin.Components.Account;
using TelcoX.Admin.Components.Shared;
using TelcoX.GraphQL.Hosting;

var builder = WebApplication.CreateBuilder(LaunchEnvironment.Options(args));
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddAdminAuthentication();
builder.Services.AddTelcoXApi(builder.Configuration);
builder.Services.AddSingleton<LiveFeed>().Configure<LiveFeedOptions>(builder.Configuration.GetSection("LiveFeed"));

var app = builder.Build();
if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAdminAccount();

app.Run();

public partial class Program;
