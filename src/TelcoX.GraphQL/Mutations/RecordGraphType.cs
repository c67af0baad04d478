using System.Reflection;
using GraphQL.Types;

namespace TelcoX.GraphQL.Mutations;

/// <summary>An output type derived from a record, its descriptions read from the record's parameters.</summary>
public class RecordGraphType<TRecord> : AutoRegisteringObjectGraphType<TRecord>
{
    protected override FieldType? CreateField(MemberInfo memberInfo)
    {
        var field = base.CreateField(memberInfo);
        if (field is not null)
            RecordMembers.ApplyParameterAttributes(field, memberInfo);
        return field;
    }
}
