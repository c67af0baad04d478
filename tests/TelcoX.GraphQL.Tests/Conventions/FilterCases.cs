using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Customers;

namespace TelcoX.GraphQL.Tests.Conventions;

/// <summary>One case per operator: a <c>where</c> and the ids LINQ to Objects finds in the seed.</summary>
public static class FilterCases
{
    private static readonly DateTime Now = ConventionsSeed.Now;
    private static readonly List<Customer> Customers = ConventionsSeed.Customers;
    private static readonly List<PhoneLine> Lines = ConventionsSeed.Lines;
    private static readonly List<Invoice> Invoices = ConventionsSeed.Invoices;

    private static (string, string, Func<List<int>>) C(string where, Func<Customer, bool> oracle) =>
        ("customers", where, () => Customers.Where(oracle).Select(c => c.Id).ToList());

    private static (string, string, Func<List<int>>) I(string where, Func<Invoice, bool> oracle) =>
        ("invoices", where, () => Invoices.Where(oracle).Select(i => i.Id).ToList());

    private static (string, string, Func<List<int>>) L(string where, Func<PhoneLine, bool> oracle) =>
        ("phoneLines", where, () => Lines.Where(oracle).Select(l => l.Id).ToList());

    private static bool Has(string? text, string part) => text?.Contains(part, StringComparison.Ordinal) == true;
    private static string Lower(string text) => text.ToLowerInvariant();
    private static string NameOf(int customerId) => Customers.Single(c => c.Id == customerId).Name;

    public static readonly Dictionary<string, (string Field, string Where, Func<List<int>> Expected)> All = new()
    {
        ["string eq"] = C("{ name: { eq: \"Jhon Doe\" } }", c => c.Name == "Jhon Doe"),
        ["string eq is case-sensitive"] = C("{ name: { eq: \"jhon doe\" } }", c => c.Name == "jhon doe"),
        ["string neq"] = C("{ name: { neq: \"Jhon Doe\" } }", c => c.Name != "Jhon Doe"),
        ["string eq null"] = C("{ email: { eq: null } }", c => c.Email is null),
        ["string neq null"] = C("{ email: { neq: null } }", c => c.Email is not null),
        ["string contains"] = C("{ name: { contains: \"varo\" } }", c => Has(c.Name, "varo")),
        ["string ncontains"] = C("{ name: { ncontains: \"Cliente\" } }", c => !Has(c.Name, "Cliente")),
        ["string startsWith"] = C("{ name: { startsWith: \"jhon\" } }", c => c.Name.StartsWith("jhon", StringComparison.Ordinal)),
        ["string nstartsWith"] = C("{ name: { nstartsWith: \"Cliente\" } }", c => !c.Name.StartsWith("Cliente", StringComparison.Ordinal)),
        ["string endsWith"] = C("{ name: { endsWith: \"Doe\" } }", c => c.Name.EndsWith("Doe", StringComparison.Ordinal)),
        ["string nendsWith"] = C("{ name: { nendsWith: \"z\" } }", c => !c.Name.EndsWith('z')),
        ["string in"] = C("{ name: { in: [\"Jhon Doe\", \"jhon smith\", \"nadie\"] } }", c => c.Name is "Jhon Doe" or "jhon smith"),
        ["string nin"] = C("{ name: { nin: [\"Jhon Doe\", \"jhon smith\"] } }", c => c.Name is not ("Jhon Doe" or "jhon smith")),
        ["string ieq non-ASCII"] = C("{ name: { ieq: \"álvaro PÉREZ\" } }", c => Lower(c.Name) == "álvaro pérez"),
        ["string icontains non-ASCII"] = C("{ name: { icontains: \"ÁLVARO\" } }", c => Lower(c.Name).Contains("álvaro")),
        ["string istartsWith"] = C("{ name: { istartsWith: \"JHON\" } }", c => Lower(c.Name).StartsWith("jhon", StringComparison.Ordinal)),
        ["string iendsWith non-ASCII"] = C("{ name: { iendsWith: \"ÑÚÑEZ\" } }", c => Lower(c.Name).EndsWith("ñúñez", StringComparison.Ordinal)),
        ["string icontains ñ"] = C("{ name: { icontains: \"ñ\" } }", c => Lower(c.Name).Contains('ñ')),
        ["string operation and/or"] = C("{ name: { or: [{ eq: \"Jhon Doe\" }, { eq: \"jhon smith\" }] } }", c => c.Name is "Jhon Doe" or "jhon smith"),
        ["int eq"] = C("{ id: { eq: 7 } }", c => c.Id == 7),
        ["int neq"] = C("{ id: { neq: 7 } }", c => c.Id != 7),
        ["int in"] = C("{ id: { in: [3, 5, 99] } }", c => c.Id is 3 or 5),
        ["int nin"] = C("{ id: { nin: [3, 5] } }", c => c.Id is not (3 or 5)),
        ["int gt"] = C("{ id: { gt: 55 } }", c => c.Id > 55),
        ["int ngt"] = C("{ id: { ngt: 55 } }", c => c.Id <= 55),
        ["int gte"] = C("{ id: { gte: 55 } }", c => c.Id >= 55),
        ["int ngte"] = C("{ id: { ngte: 55 } }", c => c.Id < 55),
        ["int lt"] = C("{ id: { lt: 5 } }", c => c.Id < 5),
        ["int nlt"] = C("{ id: { nlt: 5 } }", c => c.Id >= 5),
        ["int lte"] = C("{ id: { lte: 5 } }", c => c.Id <= 5),
        ["int nlte"] = C("{ id: { nlte: 5 } }", c => c.Id > 5),
        ["nullable int eq null"] = I("{ phoneLineId: { eq: null } }", i => i.PhoneLineId is null),
        ["decimal range"] = I("{ total: { gte: 10.25, lt: 100 } }", i => i.Total is >= 10.25m and < 100m),
        ["decimal eq"] = I("{ total: { eq: 9.5 } }", i => i.Total == 9.50m),
        ["decimal ngt"] = I("{ total: { ngt: 10 } }", i => !(i.Total > 10m)),
        ["datetime lt"] = C("{ createdAt: { lt: \"2025-12-16T12:00:00Z\" } }", c => c.CreatedAt < Now.AddDays(-30)),
        ["datetime gte"] = I("{ dueDate: { gte: \"2026-01-15T12:00:00Z\" } }", i => i.DueDate >= Now),
        ["nullable datetime eq null"] = I("{ paidAt: { eq: null } }", i => i.PaidAt is null),
        ["enum eq"] = L("{ productType: { eq: MOVIL } }", l => l.ProductType == ProductType.Movil),
        ["enum neq"] = L("{ productType: { neq: MOVIL } }", l => l.ProductType != ProductType.Movil),
        ["nullable enum in"] = I("{ paymentMethod: { in: [TARJETA, MONEDEROS_DIGITALES] } }", i => i.PaymentMethod is PaymentMethod.Tarjeta or PaymentMethod.MonederosDigitales),
        ["nullable enum nin"] = I("{ paymentMethod: { nin: [TARJETA] } }", i => i.PaymentMethod != PaymentMethod.Tarjeta),
        ["derived status eq OVERDUE"] = I("{ status: { eq: OVERDUE } }", i => i.StoredStatus == InvoiceStatus.Unpaid && i.DueDate < Now),
        ["derived status eq UNPAID"] = I("{ status: { eq: UNPAID } }", i => i.StatusAt(Now) == InvoiceStatus.Unpaid),
        ["derived status neq PAID"] = I("{ status: { neq: PAID } }", i => i.StatusAt(Now) != InvoiceStatus.Paid),
        ["derived coupon status EXPIRED"] = ("coupons", "{ status: { eq: EXPIRED } }",
            () => ConventionsSeed.Coupons.Where(c => c.StatusAt(Now) == CouponStatus.Expired).Select(c => c.Id).ToList()),
        ["boolean eq"] = ("catalog", "{ isActive: { eq: false } }", () => ConventionsSeed.Products.Where(p => !p.IsActive).Select(p => p.Id).ToList()),
        ["boolean neq"] = ("catalog", "{ isActive: { neq: false } }", () => ConventionsSeed.Products.Where(p => p.IsActive).Select(p => p.Id).ToList()),
        ["and"] = C("{ and: [{ serviceType: { eq: \"prepago\" } }, { id: { lt: 20 } }] }", c => c.ServiceType == "prepago" && c.Id < 20),
        ["or"] = C("{ or: [{ name: { startsWith: \"Jhon\" } }, { id: { gt: 58 } }] }", c => c.Name.StartsWith("Jhon", StringComparison.Ordinal) || c.Id > 58),
        ["fields of one object are ANDed"] = C("{ serviceType: { eq: \"soporte\" }, email: { neq: null } }", c => c.ServiceType == "soporte" && c.Email is not null),
        ["nested object"] = I("{ customer: { name: { icontains: \"álvaro\" } } }", i => Lower(NameOf(i.CustomerId)).Contains("álvaro")),
        ["nested object two levels"] = ("coupons", "{ invoice: { customer: { id: { lt: 10 } } } }",
            () => ConventionsSeed.Coupons.Where(c => Invoices.Single(i => i.Id == c.InvoiceId).CustomerId < 10).Select(c => c.Id).ToList()),
        ["list some"] = C("{ lines: { some: { msisdn: { startsWith: \"59390000000\" } } } }",
            c => Lines.Any(l => l.CustomerId == c.Id && l.Msisdn.StartsWith("59390000000", StringComparison.Ordinal))),
        ["list all"] = C("{ invoices: { all: { status: { eq: PAID } } } }", c => Invoices.Where(i => i.CustomerId == c.Id).All(i => i.StatusAt(Now) == InvoiceStatus.Paid)),
        ["list none"] = C("{ invoices: { none: { status: { eq: OVERDUE } } } }", c => !Invoices.Any(i => i.CustomerId == c.Id && i.StatusAt(Now) == InvoiceStatus.Overdue)),
        ["list any true"] = L("{ dataPlans: { any: true } }", l => ConventionsSeed.DataPlans.Any(p => p.PhoneLineId == l.Id)),
        ["list any false"] = L("{ dataPlans: { any: false } }", l => !ConventionsSeed.DataPlans.Any(p => p.PhoneLineId == l.Id)),
        ["long in a list"] = L("{ dataPlans: { some: { limitBytes: { gt: 2147483648 } } } }",
            l => ConventionsSeed.DataPlans.Any(p => p.PhoneLineId == l.Id && p.LimitBytes > 2147483648L)),
        ["explicit null field filters nothing"] = C("{ name: null }", _ => true),
    };

    public static TheoryData<string> Names => [.. All.Keys];
}
