using TelcoX.Bench.Floor;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSingleton(new FloorDatabase(builder.Configuration.GetConnectionString("TelcoX")
    ?? throw new InvalidOperationException("ConnectionStrings:TelcoX is required")));
builder.Services.AddSingleton<FloorFanOut>();

var app = builder.Build();
app.UseWebSockets();
app.MapFloorEndpoints();
app.Run();
