using GraphQL.Types;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Inventory;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Schema;

/// <summary>The root subscription type: each feature adds its own fields.</summary>
public sealed class TelcoSubscription : ObjectGraphType
{
    public TelcoSubscription()
    {
        Name = "Subscription";
        this.AddUsageSubscriptions();
        this.AddInventorySubscriptions();
        this.AddInvoiceSubscriptions();
        this.AddNotificationSubscriptions();
    }
}
