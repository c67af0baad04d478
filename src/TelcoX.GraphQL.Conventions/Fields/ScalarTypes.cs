namespace TelcoX.GraphQL.Conventions.Fields;

internal static class ScalarTypes
{
    private static readonly HashSet<Type> Supported =
        [typeof(string), typeof(int), typeof(long), typeof(decimal), typeof(DateTime), typeof(bool)];

    public static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    public static bool IsScalar(Type type) => Supported.Contains(Underlying(type)) || Underlying(type).IsEnum;

    public static bool IsNullable(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
}
