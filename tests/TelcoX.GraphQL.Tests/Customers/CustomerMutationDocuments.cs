using static TelcoX.GraphQL.Tests.Infrastructure.PayloadAssert;

namespace TelcoX.GraphQL.Tests.Customers;

public static class CustomerMutationDocuments
{
    private const string CustomerFields = "id name dni email serviceType contractNumber";

    public const string RegisterCustomerMutation = $$"""
        mutation($input: RegisterCustomerInput!) {
          registerCustomer(input: $input) {
            customer { {{CustomerFields}} lines { msisdn } }
            line { id msisdn productType plan { id } consumption { balance dataMb minutes } }
            message
            {{ErrorsWithConflict}}
          }
        }
        """;

    public const string UpdateCustomerMutation = $$"""
        mutation($input: UpdateCustomerInput!) {
          updateCustomer(input: $input) { customer { {{CustomerFields}} } {{ErrorsWithConflict}} }
        }
        """;

    public const string AddLineMutation = $$"""
        mutation($input: AddLineInput!) {
          addLine(input: $input) {
            line { id msisdn productType customer { id } plan { id } consumption { balance dataMb minutes } }
            {{ErrorsWithConflict}}
          }
        }
        """;
}
