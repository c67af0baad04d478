namespace TelcoX.GraphQL.Customers;

public enum ProductType
{
    Movil,
    Fijo,
}
