namespace TelcoX.GraphQL.Billing;

/// <summary>The billing cycle's settings, section <c>Billing</c>; the README's "An operator's month" lists them.</summary>
public sealed class BillingOptions
{
    public const string SectionName = "Billing";

    /// <summary>Added to each plan's monthly fee: 0.12 is 12 % (the demo invoices' rate). Between 0 and 1.</summary>
    public decimal TaxRate { get; set; } = 0.12m;

    /// <summary>An invoice of period P is due this many days after P ends.</summary>
    public int DueDays { get; set; } = 15;

    /// <summary>Lines billed per transaction: a run stopped halfway keeps whole batches only.</summary>
    public int BatchSize { get; set; } = 5000;

    public static IServiceCollection Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BillingOptions>().Bind(configuration.GetSection(SectionName))
            .Validate(o => o.TaxRate is >= 0 and <= 1 && decimal.Round(o.TaxRate, 4) == o.TaxRate, "Billing:TaxRate must be between 0 and 1, at most 4 decimals")
            .Validate(o => o.DueDays is >= 0 and <= 365, "Billing:DueDays must be between 0 and 365")
            .Validate(o => o.BatchSize is >= 1 and <= 50_000, "Billing:BatchSize must be between 1 and 50000")
            .ValidateOnStart();
        services.AddSingleton<BillingCycle>();
        return services;
    }
}
