using GraphQL.Types;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Products;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Tests.Conventions.Schema;

/// <summary>How the application's root fields will apply the conventions: one line each.</summary>
public sealed class ConventionsTestQuery : ObjectGraphType
{
    public ConventionsTestQuery()
    {
        Name = "Query";
        this.Connection<CustomerTestGraphType, Customer>("customers", db => db.Customers);
        this.Connection<PhoneLineTestGraphType, PhoneLine>("phoneLines", db => db.PhoneLines);
        this.Connection<InvoiceTestGraphType, Invoice>("invoices", db => db.Invoices);
        this.Connection<CouponTestGraphType, Coupon>("coupons", db => db.Coupons);
        this.Connection<UserTestGraphType, User>("users", db => db.Users);
        this.Connection<ProductTestGraphType, Product>("activeProducts", db => db.Products.Where(p => p.IsActive));
        this.Connection<ProductTestGraphType, Product>("catalog", db => db.Products);
        this.CollectionSegment<ProductTestGraphType, Product>("products", db => db.Products);
    }
}
