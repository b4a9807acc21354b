using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types.Conventions;

namespace Hub.GraphQL.Data;

/// <summary>Adds the argument of a data convention (<c>where</c>, <c>order</c>) after the field's own, without a description, as HotChocolate prints it.</summary>
internal static class DataArgument
{
    public static void Append(SchemaConventionContext context, string typeName, string fieldName, string name, TypeNode type)
    {
        var field = context.GetField(typeName, fieldName);
        var argument = new InputValueDefinitionNode(null, new NameNode(name), type, null, []);
        context.ReplaceField(typeName, fieldName, new FieldDefinitionNode(
            field.Description, field.Name, [.. field.Arguments, argument], field.Type, field.Directives, field.Location));
    }
}
