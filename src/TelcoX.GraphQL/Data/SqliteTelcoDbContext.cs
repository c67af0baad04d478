using Microsoft.EntityFrameworkCore;

namespace TelcoX.GraphQL.Data;

public sealed class SqliteTelcoDbContext(DbContextOptions<SqliteTelcoDbContext> options) : TelcoDbContext(options);
