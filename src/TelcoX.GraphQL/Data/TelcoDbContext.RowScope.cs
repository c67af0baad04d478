using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Inventory;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Transactions;
using TelcoX.GraphQL.Usage;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Data;

public abstract partial class TelcoDbContext
{
    /// <summary>
    /// Null: every row. Otherwise the one customer whose rows this context can read: every query,
    /// look-up, filter and navigation of a customer-owned entity gets <c>AND customer = @scope</c> in
    /// SQL. Set per read resolver from the caller (<see cref="ResolveContextExtensions.CreateDbContext"/>);
    /// the factory resets it, so pooled contexts never carry it over.
    /// </summary>
    public int? ScopeCustomerId { get; set; }

    // With a null scope EF drops the "@scope IS NULL" branch from the SQL, so staff queries stay as they were.
    private void ApplyRowScope(ModelBuilder model)
    {
        model.Entity<Customer>().HasQueryFilter(c => ScopeCustomerId == null || c.Id == ScopeCustomerId);
        model.Entity<PhoneLine>().HasQueryFilter(l => ScopeCustomerId == null || l.CustomerId == ScopeCustomerId);
        model.Entity<Consumption>().HasQueryFilter(c => ScopeCustomerId == null || c.PhoneLine.CustomerId == ScopeCustomerId);
        model.Entity<DataPlan>().HasQueryFilter(d => ScopeCustomerId == null || d.PhoneLine.CustomerId == ScopeCustomerId);
        model.Entity<UsageEvent>().HasQueryFilter(e => ScopeCustomerId == null || e.PhoneLine.CustomerId == ScopeCustomerId);
        model.Entity<Channel>().HasQueryFilter(c => ScopeCustomerId == null || c.CustomerId == ScopeCustomerId);
        model.Entity<Invoice>().HasQueryFilter(i => ScopeCustomerId == null || i.CustomerId == ScopeCustomerId);
        model.Entity<Payment>().HasQueryFilter(p => ScopeCustomerId == null || p.Invoice.CustomerId == ScopeCustomerId);
        model.Entity<Coupon>().HasQueryFilter(c => ScopeCustomerId == null || c.Invoice.CustomerId == ScopeCustomerId);
        model.Entity<Notification>().HasQueryFilter(n => ScopeCustomerId == null || n.User.CustomerId == ScopeCustomerId);
        model.Entity<Transaction>().HasQueryFilter(t => ScopeCustomerId == null || t.CustomerId == ScopeCustomerId);
        model.Entity<User>().HasQueryFilter(u => ScopeCustomerId == null || u.CustomerId == ScopeCustomerId);
        model.Entity<Purchase>().HasQueryFilter(p => ScopeCustomerId == null || p.CustomerId == ScopeCustomerId);
    }
}
