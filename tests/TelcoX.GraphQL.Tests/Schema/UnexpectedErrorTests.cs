using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TelcoX.GraphQL.Tests.Auth;
using TelcoX.GraphQL.Tests.Events;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Schema;

/// <summary>An exception no resolver expected reaches the client as a stable code and a sentence, and the log as itself.</summary>
public sealed class UnexpectedErrorTests(UnexpectedErrorTests.FaultyApi api) : IClassFixture<UnexpectedErrorTests.FaultyApi>
{
    private const string Catalogue = "{ products(first: 1) { totalCount } }";

    [Fact]
    public async Task ADatabaseOutageAnswersDatabaseUnavailableAndSaysToTryAgain()
    {
        var error = await FailingAsync(DatabaseFault.Unreachable);

        Assert.Equal("DATABASE_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("try again", error.GetProperty("message").GetString());
        Assert.Contains(api.Log.Entries, entry => entry.Level == LogLevel.Warning && entry.Exception is not null
            && entry.Message.Contains(ErrorId(error)));
    }

    [Fact]
    public async Task AnUnexpectedExceptionAnswersInternalServerErrorWithTheIdOfItsLogLine()
    {
        var error = await FailingAsync(DatabaseFault.Bug);

        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("planted", error.GetProperty("message").GetString());
        var logged = Assert.Single(api.Log.Entries, entry => entry.Message.Contains(ErrorId(error)));
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Equal("A planted bug.", logged.Exception?.Message);
    }

    [Fact]
    public async Task TheApiAnswersAgainOnceTheDatabaseIsBack()
    {
        await FailingAsync(DatabaseFault.Unreachable);

        var data = await api.CreateClient().QueryDataAsync(Catalogue);

        Assert.True(data.GetProperty("products").GetProperty("totalCount").GetInt32() > 0);
    }

    private async Task<JsonElement> FailingAsync(DatabaseFault fault)
    {
        api.Faults.Current = fault;
        try
        {
            var (_, body) = await AuthErrors.PostAsync(api.CreateClient(), Catalogue);
            return Assert.Single(body.GetProperty("errors").EnumerateArray());
        }
        finally
        {
            api.Faults.Current = DatabaseFault.None;
        }
    }

    private static string ErrorId(JsonElement error)
    {
        var id = error.GetProperty("extensions").GetProperty("errorId").GetString();
        Assert.False(string.IsNullOrWhiteSpace(id));
        return id!;
    }

    public sealed class FaultyApi : TelcoApiFactory
    {
        public DatabaseFaults Faults { get; } = new();
        public LogRecorder Log { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Faults));
            builder.ConfigureLogging(logging => logging.AddProvider(Log));
        }
    }
}
