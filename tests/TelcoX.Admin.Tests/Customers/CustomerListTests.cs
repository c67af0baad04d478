using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.Admin.Components.Pages.Customers;
using TelcoX.Admin.Components.Shared;
using TelcoX.Admin.GraphQL;
using TelcoX.Admin.Tests.Infrastructure;

namespace TelcoX.Admin.Tests.Customers;

public sealed class CustomerListTests : BunitContext
{
    private readonly FakeApi api = new();

    public CustomerListTests() => Services.AddScoped(_ => new TelcoXClient(api));

    [Fact]
    public void ShowsLoadingUntilTheFirstPageArrivesThenTheCustomers()
    {
        var later = api.AnswerLater("GetCustomers");
        var list = Render<CustomerList>();
        Assert.Contains("Loading customers…", list.Find("[role=status]").TextContent);

        later.SetResult(CustomerJson.Page(hasNext: true, customers: [(1, "Jhon Doe"), (2, "Lourdes Vargas")]));

        list.WaitForAssertion(() => Assert.Equal(2, list.FindAll("tbody tr").Count));
        Assert.Contains("Jhon Doe", list.Find("tbody tr").TextContent);
        Assert.Equal("customers/1", list.Find("tbody a").GetAttribute("href"));
        Assert.Contains("$10.50", list.Find("tbody tr").TextContent);
        Assert.Empty(list.FindAll("[data-testid=loading]"));
    }

    [Fact]
    public void SearchTextAndFiltersBecomeTheWhereOfTheQuery()
    {
        api.Answer("GetCustomers", CustomerJson.Page(customers: [(3, "Jesus Jacome")]));
        var list = Render<CustomerList>();

        list.Find("input[type=search]").Change("jac");
        list.Find("form").Submit();
        list.Find("select[aria-label='Service type']").Change("postpago");
        list.Find("select[aria-label='Line type']").Change("MOVIL");

        var variables = api.VariablesOf("GetCustomers");
        Assert.Contains("\"icontains\":\"jac\"", variables);
        Assert.Contains("\"msisdn\":{\"contains\":\"jac\"}", variables);
        Assert.Contains("\"serviceType\":{\"ieq\":\"postpago\"}", variables);
        Assert.Contains("\"productType\":{\"eq\":\"MOVIL\"}", variables);
        Assert.Contains("\"order\":[{\"name\":\"ASC\"}]", variables);
    }

    [Fact]
    public void ClickingAColumnSortsByItAndAgainReversesIt()
    {
        api.Answer("GetCustomers", CustomerJson.Page(customers: [(1, "Jhon Doe")]));
        var list = Render<CustomerList>();

        list.FindAll("th button").Single(b => b.TextContent.Contains("Contract")).Click();
        Assert.Contains("\"order\":[{\"contractNumber\":\"ASC\"}]", api.VariablesOf("GetCustomers"));

        list.FindAll("th button").Single(b => b.TextContent.Contains("Contract")).Click();
        Assert.Contains("\"order\":[{\"contractNumber\":\"DESC\"}]", api.VariablesOf("GetCustomers"));
    }

    [Fact]
    public void NextAsksAfterTheEndCursorAndPreviousBeforeTheStartCursor()
    {
        api.Answer("GetCustomers", request => request.Variables.ContainsKey("after")
            ? CustomerJson.Page(hasPrevious: true, customers: [(21, "Second Page")])
            : CustomerJson.Page(hasNext: true, customers: [(1, "First Page")]));
        var list = Render<CustomerList>();

        list.Find("[data-testid=pager-next]").Click();
        list.WaitForAssertion(() => Assert.Contains("Second Page", list.Markup));
        Assert.Contains("\"after\":\"end-1\"", api.VariablesOf("GetCustomers"));

        list.Find("[data-testid=pager-previous]").Click();
        var variables = api.VariablesOf("GetCustomers");
        Assert.Contains("\"before\":\"start-21\"", variables);
        Assert.Contains("\"last\":20", variables);
    }

    [Fact]
    public void AnEmptyResultSaysNothingMatches()
    {
        api.Answer("GetCustomers", CustomerJson.Page());
        var list = Render<CustomerList>();

        Assert.Contains("No customer matches this search.", list.Find("tbody").TextContent);
    }

    [Fact]
    public void AnApiOutageShowsAReadableSentenceInsteadOfTheList()
    {
        api.Fail("GetCustomers", "System.Net.Http.HttpRequestException: Connection refused (127.0.0.1:5080)", "TRANSPORT_ERROR");
        var list = Render<CustomerList>();

        Assert.Equal(ErrorMessages.ApiUnreachable, list.Find("[role=alert]").TextContent.Trim());
        Assert.DoesNotContain("HttpRequestException", list.Markup);
        Assert.Empty(list.FindAll("table"));
    }
}
