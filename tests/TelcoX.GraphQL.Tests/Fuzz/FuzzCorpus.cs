namespace TelcoX.GraphQL.Tests.Fuzz;

/// <summary>Valid documents to start from: every kind of argument, filter, cursor and mutation input.</summary>
internal static class FuzzCorpus
{
    public static readonly string[] Documents =
    [
        "{ products(first: 5, order: [{ name: ASC }]) { totalCount nodes { id name price inventory { quantity } } pageInfo { hasNextPage endCursor } } }",
        "query Page($after: String) { products(first: 2, after: $after) { nodes { name } pageInfo { endCursor } } }",
        "query Lines($w: PhoneLineFilterInput) { phoneLines(first: 10, where: $w) { nodes { msisdn productType consumption { balance dataMb minutes } } } }",
        "{ customers(first: 3, where: { or: [{ name: { icontains: \"jhon\" } }, { lines: { some: { msisdn: { startsWith: \"593\" } } } }] }) { nodes { name contractNumber lines { msisdn plan { name } } invoices(first: 2) { nodes { invoiceNumber total status } } } } }",
        "query One($msisdn: String!) { customerSummary(msisdn: $msisdn) { balance minutes dataPlan { percentUsed } } consumption(msisdn: $msisdn) { balance } }",
        "query Inv($n: String!) { invoice(invoiceNumber: $n) { invoiceNumber total status payments { amount } } }",
        "{ invoices(last: 3, order: [{ dueDate: DESC }], where: { status: { eq: UNPAID } }) { nodes { invoiceNumber total dueDate } } }",
        "{ coupons(first: 3) { nodes { code status expiresAt } } notifications(first: 2) { nodes { message } } }",
        "{ __schema { queryType { name } types { name kind fields(includeDeprecated: true) { name args { name type { name ofType { name } } } } } } }",
        "query Skip($s: Boolean!) { products(first: 1) { nodes { name @skip(if: $s) price @include(if: $s) } } }",
        "fragment P on Product { id name } query { products(first: 2) { nodes { ...P ... on Product { price } } } }",
        "mutation Pay($input: PayInvoiceInput!) { payInvoice(input: $input) { payment { amount } errors { __typename ... on Error { message code } } } }",
        "mutation Issue($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { invoiceNumber total } errors { ... on Error { message code } } } }",
        "mutation Set($input: SetConsumptionInput!) { setConsumption(input: $input) { consumption { balance dataMb } errors { ... on Error { message code } } } }",
        "mutation Use($input: RecordUsageEventInput!) { recordUsageEvent(input: $input) { errors { ... on Error { message code } } } }",
        "mutation New($input: CreateProductInput!) { createProduct(input: $input) { product { id name } errors { ... on Error { message code } } } }",
        "mutation Buy($input: PurchaseInput!) { purchase(input: $input) { errors { ... on Error { message code } } } }",
        "mutation Reg($input: RegisterCustomerInput!) { registerCustomer(input: $input) { errors { ... on Error { message code } } } }",
        "mutation { login(input: { email: \"admin@telcox.dev\", password: \"wrong-password\" }) { token errors { ... on Error { message code } } } }",
        "subscription { onInventoryChanged(productId: 1) { productId quantity } }",
        "query($id: Int!) { customer(id: $id) { name channels { kind } transactions { amount } } }",
        "query Customers($after: String) { customers(first: 2, after: $after, order: [{ name: DESC }]) { nodes { name } pageInfo { endCursor } } }",
        "query Invoices($after: String, $n: String) { invoices(last: 2, before: $after, where: { invoiceNumber: { startsWith: $n } }) { nodes { invoiceNumber } } }",
    ];

    /// <summary>Pieces an attacker would splice in: punctuation, odd characters, huge numbers, directives.</summary>
    public static readonly string[] Splices =
    [
        "{", "}", "(", ")", "[", "]", "...", ":", "$", "@", "!", "=", "|", "&", ",", "\n", "\r", "\t", "#x\n",
        "\"", "\"\"\"", "\\u0000", "\\uD800", "\u0001", "\u0000", "\u202E", "\u200B", "\uFEFF", "é", "𝔘",
        "0", "-0", "1e999", "-1", "2147483648", "9223372036854775808", "99999999999999999999999999.999", "0.001", "NaN",
        "null", "true", "false", "ASC", "UNPAID", "__typename", "__schema", "__type(name: \"Query\") { name }",
        "@skip(if: true)", "@include(if: false)", "@deprecated", "@unknown", "on Product", "fragment", "query", "mutation", "subscription",
        "first: 50", "first: -1", "last: 100000", "after: \"\"", "where: { and: [] }", "order: []", "where: null",
        "totalCount", "nodes { id }", "edges { cursor node { id } }", "pageInfo { hasNextPage }", "customers { nodes { name } }",
        "$v: [[[Int]]]", "$w: String = \"x\"",
    ];

    public static readonly string[] Periods = ["2026-11", "9999-12", "0000-00", "2026-13", "-2026-01", "2026-1", "", "abcdefg", "2026-11-01"];
}
