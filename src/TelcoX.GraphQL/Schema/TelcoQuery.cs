using GraphQL.Types;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Inventory;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Plans;
using TelcoX.GraphQL.Products;
using TelcoX.GraphQL.Transactions;
using TelcoX.GraphQL.Usage;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Schema;

/// <summary>The root query type: each feature adds its own fields.</summary>
public sealed class TelcoQuery : ObjectGraphType
{
    public TelcoQuery()
    {
        Name = "Query";
        this.AddCustomerQueries();
        this.AddPhoneLineQueries();
        this.AddCustomerSummaryQueries();
        this.AddPlanQueries();
        this.AddConsumptionQueries();
        this.AddDataPlanQueries();
        this.AddUsageEventQueries();
        this.AddChannelQueries();
        this.AddUserQueries();
        this.AddInvoiceQueries();
        this.AddPaymentQueries();
        this.AddCouponQueries();
        this.AddNotificationQueries();
        this.AddTransactionQueries();
        this.AddProductQueries();
        this.AddInventoryQueries();
    }
}
