using Microsoft.EntityFrameworkCore;

namespace TelcoX.GraphQL.Data;

public sealed class MySqlTelcoDbContext(DbContextOptions<MySqlTelcoDbContext> options) : TelcoDbContext(options);
