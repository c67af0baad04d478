using TelcoX.GraphQL.Billing;

namespace TelcoX.GraphQL.Tests.Conventions;

/// <summary>Filtered and ordered collections, each with its expected ids computed by LINQ to Objects over the seed.</summary>
public static class OrderedWalkCases
{
    private static readonly Dictionary<int, string> CustomerNames = ConventionsSeed.Customers.ToDictionary(c => c.Id, c => c.Name);
    private static readonly Dictionary<int, DateTime> CustomerCreated = ConventionsSeed.Customers.ToDictionary(c => c.Id, c => c.CreatedAt);
    private static readonly DateTime Now = ConventionsSeed.Now;

    public static readonly Dictionary<string, (string Field, string Arguments, Func<List<int>> Expected)> All = new()
    {
        ["decimal DESC, filtered by derived status"] = ("invoices", ", where: { status: { in: [UNPAID, OVERDUE] } }, order: [{ total: DESC }]",
            () => ConventionsSeed.Invoices.Where(i => i.StatusAt(Now) != InvoiceStatus.Paid).OrderByDescending(i => i.Total).ThenBy(i => i.Id).Select(i => i.Id).ToList()),
        ["nested name ASC then decimal DESC"] = ("invoices", ", where: { customer: { name: { startsWith: \"Cliente\" } } }, order: [{ customer: { name: ASC } }, { total: DESC }]",
            () => ConventionsSeed.Invoices.Where(i => CustomerNames[i.CustomerId].StartsWith("Cliente", StringComparison.Ordinal))
                .OrderBy(i => CustomerNames[i.CustomerId], StringComparer.Ordinal).ThenByDescending(i => i.Total).ThenBy(i => i.Id).Select(i => i.Id).ToList()),
        ["derived enum ASC then date DESC"] = ("invoices", ", order: [{ status: ASC }, { dueDate: DESC }]",
            () => ConventionsSeed.Invoices.OrderBy(i => i.StatusAt(Now).ToString(), StringComparer.Ordinal).ThenByDescending(i => i.DueDate).ThenBy(i => i.Id).Select(i => i.Id).ToList()),
        ["nullable date ASC (nulls first)"] = ("invoices", ", order: [{ paidAt: ASC }]",
            () => ConventionsSeed.Invoices.OrderBy(i => i.PaidAt ?? DateTime.MinValue).ThenBy(i => i.Id).Select(i => i.Id).ToList()),
        ["nullable enum DESC (nulls last)"] = ("invoices", ", order: [{ paymentMethod: DESC }]",
            () => ConventionsSeed.Invoices.OrderByDescending(i => i.PaymentMethod?.ToString() ?? "", StringComparer.Ordinal).ThenBy(i => i.Id).Select(i => i.Id).ToList()),
        ["nullable string DESC"] = ("customers", ", order: [{ dni: DESC }]",
            () => ConventionsSeed.Customers.OrderByDescending(c => c.Dni ?? "", StringComparer.Ordinal).ThenBy(c => c.Id).Select(c => c.Id).ToList()),
        ["id DESC"] = ("customers", ", where: { serviceType: { eq: \"prepago\" } }, order: [{ id: DESC }]",
            () => ConventionsSeed.Customers.Where(c => c.ServiceType == "prepago").OrderByDescending(c => c.Id).Select(c => c.Id).ToList()),
        ["nested date DESC then enum ASC"] = ("phoneLines", ", order: [{ customer: { createdAt: DESC } }, { productType: ASC }]",
            () => ConventionsSeed.Lines.OrderByDescending(l => CustomerCreated[l.CustomerId]).ThenBy(l => l.ProductType.ToString(), StringComparer.Ordinal).ThenBy(l => l.Id).Select(l => l.Id).ToList()),
        ["boolean DESC then decimal ASC"] = ("catalog", ", order: [{ isActive: DESC }, { price: ASC }]",
            () => ConventionsSeed.Products.OrderByDescending(p => p.IsActive).ThenBy(p => p.Price).ThenBy(p => p.Id).Select(p => p.Id).ToList()),
    };

    public static TheoryData<string> Names => [.. All.Keys];
}
