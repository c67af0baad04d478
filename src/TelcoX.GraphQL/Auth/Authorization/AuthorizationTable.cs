using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Auth.Authorization;

/// <summary>
/// Who may use what. Every query and subscription field is listed here; each mutation carries its policy
/// on its own class (<c>[Authorize(Staff)]</c>, see Mutations/Mutation.cs). A field of any other type
/// takes its own entry in <see cref="NestedFields"/> if it has one, else its type's entry in
/// <see cref="Types"/>. A field with no policy anywhere is refused (deny by default).
/// </summary>
public static class AuthorizationTable
{
    public static readonly IReadOnlyDictionary<string, string> Query = new Dictionary<string, string>
    {
        ["product"] = Public, ["products"] = Public, ["productsPage"] = Public, ["inventory"] = Public,
        // A CUSTOMER reaches only their own rows through these (row scope in SQL, see TelcoDbContext).
        ["customer"] = SignedIn, ["customerByMsisdn"] = SignedIn, ["customers"] = SignedIn, ["customerSummary"] = SignedIn,
        ["line"] = SignedIn, ["phoneLines"] = SignedIn, ["plan"] = SignedIn, ["plans"] = SignedIn,
        ["consumption"] = SignedIn, ["consumptions"] = SignedIn, ["dataPlan"] = SignedIn, ["usageEvents"] = SignedIn,
        ["invoice"] = SignedIn, ["invoicesByContract"] = SignedIn, ["billingHistory"] = SignedIn, ["invoices"] = SignedIn,
        ["payments"] = SignedIn, ["coupon"] = SignedIn, ["coupons"] = SignedIn,
        ["notification"] = SignedIn, ["notifications"] = SignedIn, ["transactions"] = SignedIn,
        ["channel"] = Staff, ["channels"] = Staff, ["channelsByCustomer"] = Staff, ["messagesByKind"] = Staff,
        ["inventories"] = Staff,
        ["user"] = Admin, ["users"] = Admin,
    };

    public static readonly IReadOnlyDictionary<string, string> Subscription = new Dictionary<string, string>
    {
        // Stock is public like the catalogue; the rest re-read their rows under the caller's row scope.
        ["onInventoryChanged"] = Public,
        ["onUsageUpdated"] = SignedIn, ["onInvoiceStatusChanged"] = SignedIn, ["onNotification"] = SignedIn,
        // Every line's changes: the admin's feed.
        ["onConsumptionChanged"] = Staff,
    };

    /// <summary>Nested fields tighter than their type: channels are staff data even under one's own customer.</summary>
    public static readonly IReadOnlyDictionary<string, string> NestedFields = new Dictionary<string, string>
    {
        ["Customer.channels"] = Staff,
    };

    /// <summary>Every other object and interface type; its fields inherit the decision of the field that reached it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Types = new[]
    {
        "Customer", "PhoneLine", "CustomerSummary", "UsageSnapshot", "Plan", "Consumption", "DataPlan", "CategoryUsage", "UsageEvent",
        "Channel", "User", "Invoice", "Payment", "Coupon", "Notification", "Transaction", "Product", "Inventory", "Purchase",
        "PageInfo", "CollectionSegmentInfo", "Error", "BillingSkip",
    }.ToDictionary(name => name, _ => Inherited);

    /// <summary>Wrappers named by convention (payloads, typed errors, pages) carry what their field returned.</summary>
    public static readonly IReadOnlyList<string> InheritedSuffixes = ["Payload", "Error", "Connection", "Edge", "CollectionSegment"];
}
