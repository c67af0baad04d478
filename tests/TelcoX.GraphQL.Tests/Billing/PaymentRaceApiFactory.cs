using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Billing;

/// <summary>The API with a hook between a payment's read of the invoice and its UPDATE.</summary>
public sealed class PaymentRaceApiFactory : TelcoApiFactory
{
    public BeforeInvoiceIsMarkedPaid BeforeMarkPaid { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(BeforeMarkPaid));
    }
}
