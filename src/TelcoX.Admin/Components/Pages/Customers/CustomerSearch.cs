using TelcoX.Admin.Components.Shared;
using TelcoX.Admin.GraphQL;

namespace TelcoX.Admin.Components.Pages.Customers;

/// <summary>What the customer list asks for: free text, filters and a sort, as the API's where/order inputs.</summary>
public sealed record CustomerSearch(string? Text, string? ServiceType, ProductType? LineType, SortState Sort)
{
    public static readonly CustomerSearch Default = new(null, null, null, new SortState("name", false));

    /// <summary>Text matches a name or contract number (any case) or part of a line's msisdn.</summary>
    public CustomerFilterInput? Where()
    {
        var filters = new List<CustomerFilterInput>();
        if (!string.IsNullOrWhiteSpace(Text))
        {
            var text = Text.Trim();
            filters.Add(new CustomerFilterInput
            {
                Or =
                [
                    new CustomerFilterInput { Name = new StringOperationFilterInput { Icontains = text } },
                    new CustomerFilterInput { ContractNumber = new StringOperationFilterInput { Icontains = text } },
                    new CustomerFilterInput { Lines = new ListFilterInputTypeOfPhoneLineFilterInput { Some = new PhoneLineFilterInput { Msisdn = new StringOperationFilterInput { Contains = text } } } },
                ],
            });
        }
        if (!string.IsNullOrWhiteSpace(ServiceType))
            filters.Add(new CustomerFilterInput { ServiceType = new StringOperationFilterInput { Ieq = ServiceType } });
        if (LineType is { } lineType)
            filters.Add(new CustomerFilterInput { Lines = new ListFilterInputTypeOfPhoneLineFilterInput { Some = new PhoneLineFilterInput { ProductType = new ProductTypeOperationFilterInput { Eq = lineType } } } });

        return filters.Count switch
        {
            0 => null,
            1 => filters[0],
            _ => new CustomerFilterInput { And = filters },
        };
    }

    public IReadOnlyList<CustomerSortInput> Order()
    {
        var direction = Sort.Descending ? SortEnumType.Desc : SortEnumType.Asc;
        return Sort.Field switch
        {
            "contractNumber" => [new CustomerSortInput { ContractNumber = direction }],
            "serviceType" => [new CustomerSortInput { ServiceType = direction }],
            "createdAt" => [new CustomerSortInput { CreatedAt = direction }],
            _ => [new CustomerSortInput { Name = direction }],
        };
    }
}
