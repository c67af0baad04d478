using GraphQL.Types;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Plans;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Customers;

public sealed class CustomerSummaryGraphType : ObjectGraphType<CustomerSummary>
{
    public CustomerSummaryGraphType()
    {
        Name = "CustomerSummary";
        Description = "One line at a glance: its customer, plan, balance, minutes, data and unpaid invoices.";
        Field<NonNullGraphType<CustomerGraphType>>("customer").Resolve(c => c.Source.Customer);
        Field<NonNullGraphType<PhoneLineGraphType>>("line").Resolve(c => c.Source.Line);
        Field<PlanGraphType>("plan").Description("The line's catalogue plan, if any.").Resolve(c => c.Source.Plan);
        Field<DecimalGraphType>("balance")
            .Description("Remaining balance; null when the line has no consumption.").Resolve(c => c.Source.Consumption?.Balance);
        Field<DecimalGraphType>("balanceLimit")
            .Description("The plan's monthly fee; null without a plan.").Resolve(c => c.Source.Plan?.MonthlyFee);
        Field<IntGraphType>("minutes")
            .Description("Remaining minutes; null when the line has no consumption.").Resolve(c => c.Source.Consumption?.Minutes);
        Field<IntGraphType>("minutesLimit")
            .Description("The plan's included minutes; null without a plan.").Resolve(c => c.Source.Plan?.Minutes);
        Field<DataPlanGraphType>("dataPlan")
            .Description("The active data plan, if any.").Resolve(c => c.Source.DataPlan);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InvoiceGraphType>>>>("unpaidInvoices")
            .Description("The line's unpaid invoices (overdue included), oldest due first.").Resolve(c => c.Source.UnpaidInvoices);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UsageEventGraphType>>>>("latestEvents")
            .Description("The line's last 10 usage events, newest first.").Resolve(c => c.Source.LatestEvents);
    }
}
