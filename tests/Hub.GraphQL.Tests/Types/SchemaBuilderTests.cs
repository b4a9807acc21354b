using System.Text.Json;
using Hub.GraphQL.Types;
using Hub.Testing;

namespace Hub.GraphQL.Tests.Types;

/// <summary>SDL schema building; expected orders and values were read from graphql-js 16.15.0's buildSchema of <c>extensions-schema.graphql</c>.</summary>
public sealed class SchemaBuilderTests
{
    private static readonly Schema Schema =
        SchemaBuilder.FromSdl(File.ReadAllText(Repository.File("tests/Hub.GraphQL.Tests/Utilities/extensions-schema.graphql")));

    [Fact]
    public void Types_AreInGraphQLJsTypeMapOrder()
    {
        Assert.Equal(
            [
                "Root", "ID", "String", "Int", "Mut", "Sub", "Node", "Result", "Item", "Money", "Kind", "AddInput", "Filter",
                "Range", "Boolean", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue",
                "__Directive", "__DirectiveLocation",
            ],
            Schema.Types.Keys);
    }

    [Fact]
    public void Directives_CustomFirstThenTheSpecifiedOnes()
    {
        Assert.Equal(["tag", "include", "skip", "deprecated", "specifiedBy", "oneOf"], Schema.Directives.Select(d => d.Name));
        Assert.True(Schema.GetDirective("tag")!.IsRepeatable);
        Assert.Equal([DirectiveLocation.FieldDefinition, DirectiveLocation.Object], Schema.GetDirective("tag")!.Locations);
    }

    [Fact]
    public void RootTypes_ComeFromSchemaDefinitionAndExtensions()
    {
        Assert.Equal("Root", Schema.QueryType.Name);
        Assert.Equal("Mut", Schema.MutationType!.Name);
        Assert.Equal("Sub", Schema.SubscriptionType!.Name);
        Assert.Equal("The schema", Schema.Description);
    }

    [Fact]
    public void RootTypes_DefaultToTheConventionalNames()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { b: Int }");

        Assert.Equal("Query", schema.QueryType.Name);
        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.Null(schema.SubscriptionType);
    }

    [Fact]
    public void Arguments_HaveCoercedDefaultsAndDeprecation()
    {
        var search = ((ObjectType)Schema.GetType("Root")!).Fields["search"];

        Assert.Equal("x", search.Arguments["term"].DefaultValue);
        Assert.Equal(10, search.Arguments["limit"].DefaultValue);
        Assert.Equal("use first", search.Arguments["limit"].DeprecationReason);
        Assert.Null(search.Arguments["term"].DeprecationReason);
    }

    [Fact]
    public void InputFields_DefaultsAreCoercedIncludingNestedDefaults()
    {
        var filter = (InputObjectType)Schema.GetType("Filter")!;

        var range = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(filter.Fields["range"].DefaultValue);
        Assert.Equal(new Dictionary<string, object?> { ["from"] = 1, ["to"] = 5 }, range);
        Assert.Equal(["A", "C"], Assert.IsAssignableFrom<IEnumerable<object?>>(filter.Fields["kinds"].DefaultValue));
    }

    [Fact]
    public void Extensions_AreMergedIntoTheirTypes()
    {
        var kind = (EnumType)Schema.GetType("Kind")!;
        var addInput = (InputObjectType)Schema.GetType("AddInput")!;

        Assert.Equal(["A", "B", "C"], kind.Values.Keys);
        Assert.Equal("gone", kind.Values["B"].DeprecationReason);
        Assert.Equal("A", kind.Values["A"].Value);
        Assert.True(addInput.IsOneOf);
        Assert.Equal(["id", "name", "kind"], addInput.Fields.Keys);
        Assert.Equal(["Root", "Item"], ((UnionType)Schema.GetType("Result")!).Types.Select(t => t.Name));
        Assert.Equal(["id", "price", "kind", "tags"], ((ObjectType)Schema.GetType("Item")!).Fields.Keys);
        Assert.Single(Schema.GetType("Item")!.ExtensionNodes);
    }

    [Fact]
    public void DescriptionsDeprecationAndSpecifiedBy_AreRead()
    {
        var root = (ObjectType)Schema.GetType("Root")!;

        Assert.Equal("Root type", root.Description);
        Assert.Equal("No longer supported", root.Fields["old"].DeprecationReason);
        Assert.Equal("https://example.com/money", ((ScalarType)Schema.GetType("Money")!).SpecifiedByUrl);
    }

    [Fact]
    public void PossibleTypes_OfAnInterface_AreItsImplementationsInTypeMapOrder()
    {
        var node = Schema.GetType("Node")!;

        Assert.Equal(["Root", "Item"], Schema.GetPossibleTypes(node).Select(t => t.Name));
        Assert.True(Schema.IsSubType(node, Schema.GetType("Item")!));
        Assert.False(Schema.IsSubType(node, Schema.GetType("Mut")!));
    }

    [Fact]
    public void DefaultResolver_ReadsDictionariesPropertiesAndJson()
    {
        var schema = SchemaBuilder.FromSdl("type Query { name: String }");
        var resolve = schema.QueryType.Fields["name"].PureResolver!;

        Assert.Equal("a", resolve(new Dictionary<string, object?> { ["name"] = "a" }));
        Assert.Equal("b", resolve(new Person("b")));
        Assert.Equal("c", resolve(JsonDocument.Parse("""{"name":"c"}""").RootElement));
        Assert.Null(resolve(new object()));
        Assert.Null(resolve(null));
    }

    [Fact]
    public void BindResolver_ReplacesTheDefaultResolver()
    {
        var schema = SchemaBuilder.New()
            .AddSdl("type Query { name: String }")
            .BindResolver("Query", "name", _ => new ValueTask<object?>("bound"))
            .Build();

        var field = schema.QueryType.Fields["name"];

        Assert.NotNull(field.Resolver);
        Assert.Null(field.PureResolver);
    }

    [Fact]
    public void BindResolver_ToAnUnknownField_Throws()
    {
        var builder = SchemaBuilder.New()
            .AddSdl("type Query { name: String }")
            .BindResolver("Query", "missing", _ => default);

        var exception = Assert.Throws<Hub.GraphQL.Errors.GraphQLException>(() => builder.Build());

        Assert.Equal("Cannot bind a resolver to \"Query.missing\": the schema has no such field.", exception.Errors[0].Message);
    }

    [Fact]
    public void AddScalar_SuppliesTheImplementationOfADeclaredScalar()
    {
        var money = new Hub.GraphQL.Types.Scalars.PassThroughScalarType("Money");

        var schema = SchemaBuilder.New().AddSdl("scalar Money type Query { price: Money }").AddScalar(money).Build();

        Assert.Same(money, schema.GetType("Money"));
    }

    [Fact]
    public void BindEnumType_MapsValuesToClrMembers()
    {
        var schema = SchemaBuilder.New()
            .AddSdl("enum Status { OPEN DOUBLE_CHECKED } type Query { status(filter: Status = DOUBLE_CHECKED): Status }")
            .BindEnumType<Status>("Status")
            .Build();
        var status = (EnumType)schema.GetType("Status")!;

        Assert.Equal(Status.DoubleChecked, status.Values["DOUBLE_CHECKED"].Value);
        Assert.Equal("OPEN", status.Serialize(Status.Open));
        Assert.Equal(Status.DoubleChecked, schema.QueryType.Fields["status"].Arguments["filter"].DefaultValue);
        Assert.Equal("enum Status {\n  OPEN\n  DOUBLE_CHECKED\n}\n\ntype Query {\n  status(filter: Status = DOUBLE_CHECKED): Status\n}", schema.ToSdl());
    }

    [Fact]
    public void EnumType_UnknownValue_SuggestsLikeGraphQLJs()
    {
        var status = (EnumType)SchemaBuilder.FromSdl("enum Status { OPEN CLOSED } type Query { s: Status }").GetType("Status")!;

        var error = Assert.Throws<Hub.GraphQL.Errors.GraphQLException>(() => status.ParseValue("open")).Errors[0];

        Assert.Equal("Value \"open\" does not exist in \"Status\" enum. Did you mean the enum value \"OPEN\"?", error.Message);
    }

    private enum Status
    {
        Open,
        DoubleChecked,
    }

    private sealed record Person(string Name);
}
