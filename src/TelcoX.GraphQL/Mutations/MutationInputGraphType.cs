using System.Reflection;
using GraphQL;
using GraphQL.Types;

namespace TelcoX.GraphQL.Mutations;

/// <summary>
/// A mutation's input type derived from its record: fields, nullability, descriptions and defaults come
/// from the record. An <see cref="Optional{T}"/> property is a field of type <c>T</c> whose absence the
/// record can tell from an explicit null (partial updates).
/// </summary>
public sealed class MutationInputGraphType<TInput> : AutoRegisteringInputObjectGraphType<TInput>
{
    protected override FieldType? CreateField(MemberInfo memberInfo)
    {
        var field = base.CreateField(memberInfo);
        if (field is not null)
            RecordMembers.ApplyParameterAttributes(field, memberInfo);
        // The base parser would convert a given value to Optional<T> itself and fail: it is a T until ParseDictionary wraps it.
        if (field is not null && OptionalValue.Of(((PropertyInfo)memberInfo).PropertyType) is { } valueType)
            field.Parser = value => ValueConverter.ConvertTo(value, valueType)!;
        return field;
    }

    protected override TypeInformation GetTypeInformation(MemberInfo memberInfo)
    {
        var information = base.GetTypeInformation(memberInfo);
        if (OptionalValue.Of(information.Type) is { } valueType)
        {
            information.Type = valueType;
            information.IsNullable = true; // "not given" is expressed by leaving the field out
        }
        return information;
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        OptionalValue.HasAny(typeof(TInput)) ? OptionalValue.Construct<TInput>(value, this)! : base.ParseDictionary(value);
}
