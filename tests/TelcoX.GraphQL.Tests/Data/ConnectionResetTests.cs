using MySqlConnector;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Tests.Data;

public sealed class ConnectionResetTests
{
    [Fact]
    public void APooledConnectionIsNotResetOnOpenByDefault()
    {
        var pooled = new MySqlConnectionStringBuilder(DatabaseRegistration.WithoutConnectionReset("Server=127.0.0.1;Database=telcox"));
        Assert.False(pooled.ConnectionReset);
        Assert.Equal("telcox", pooled.Database);
    }

    [Theory]
    [InlineData("Server=127.0.0.1;Connection Reset=true")]
    [InlineData("Server=127.0.0.1;ConnectionReset=True")]
    [InlineData("server=127.0.0.1;connectionreset=true")]
    public void AResetSetInTheConfigurationWins(string configured) =>
        Assert.True(new MySqlConnectionStringBuilder(DatabaseRegistration.WithoutConnectionReset(configured)).ConnectionReset);
}
