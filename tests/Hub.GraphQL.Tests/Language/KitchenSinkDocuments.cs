namespace Hub.GraphQL.Tests.Language;

/// <summary>
/// Two documents that use every construct of the language, and how graphql-js 16.15.0's <c>print</c> prints them
/// (the expected texts were produced by graphql-js itself).
/// </summary>
internal static class KitchenSinkDocuments
{
    public const string Executable =
        """""
        # An operation with every executable construct
        """
        Loads a member and what they can see.
        """
        query MemberOverview($memberId: ID!, $first: Int = 10, "how many" $tags: [String!] = ["a", "b"] @tagged, $filter: MemberFilter = {active: true, roles: [ADMIN, EDITOR], nested: {deep: null}}) @trace(level: 2) {
          whoever: member(id: $memberId) @include(if: true) {
            id,
            ... on Admin @skip(if: false) { permissions }
            ...MemberFields
            ... @include(if: $flag) { nickname }
            ... { untyped }
            posts(first: $first, orderBy: {field: CREATED_AT, direction: DESC}, after: "Y3Vyc29y", contains: "quote \" backslash \\ tab \t") {
              edges { node { title body(format: MARKDOWN) } }
            }
            veryLongFieldNameNumberOne(argumentNumberOne: "a long string value", argumentNumberTwo: 12345) { x }
            short(a: 1, b: 2.5e10, c: -0.1, d: """block "string" in args""")
          }
        }

        mutation { like(postId: 4) { likes } }

        subscription OnEvent @live { event { __typename } }

        query { shorthandEquivalent }

        { ...Frag }

        fragment MemberFields on Member @fragDirective(x: [1, [2, [3]]]) {
          name
          friends(filter: {name_contains: "ab\u00e9\u0001"}) { name }
        }

        "frag description"
        fragment Described on T { a }
        """"";

    public const string ExecutablePrinted =
        """""
        """Loads a member and what they can see."""
        query MemberOverview(
        $memberId: ID!
        $first: Int = 10
        "how many"
        $tags: [String!] = ["a", "b"] @tagged
        $filter: MemberFilter = {active: true, roles: [ADMIN, EDITOR], nested: {deep: null}}
        ) @trace(level: 2) {
          whoever: member(id: $memberId) @include(if: true) {
            id
            ... on Admin @skip(if: false) {
              permissions
            }
            ...MemberFields
            ... @include(if: $flag) {
              nickname
            }
            ... {
              untyped
            }
            posts(
              first: $first
              orderBy: {field: CREATED_AT, direction: DESC}
              after: "Y3Vyc29y"
              contains: "quote \" backslash \\ tab \t"
            ) {
              edges {
                node {
                  title
                  body(format: MARKDOWN)
                }
              }
            }
            veryLongFieldNameNumberOne(
              argumentNumberOne: "a long string value"
              argumentNumberTwo: 12345
            ) {
              x
            }
            short(a: 1, b: 2.5e10, c: -0.1, d: """block "string" in args""")
          }
        }

        mutation {
          like(postId: 4) {
            likes
          }
        }

        subscription OnEvent @live {
          event {
            __typename
          }
        }

        {
          shorthandEquivalent
        }

        {
          ...Frag
        }

        fragment MemberFields on Member @fragDirective(x: [1, [2, [3]]]) {
          name
          friends(filter: {name_contains: "abé\u0001"}) {
            name
          }
        }

        "frag description"
        fragment Described on T {
          a
        }
        """"";

    public const string Schema =
        """""
        """
        The schema description.
        """
        schema @link(url: "https://example.com") {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        """
        A custom scalar.
          with indented second line
        """
        scalar DateTime @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        "Single-line description"
        type Query implements Node & Entity @key(fields: "id") {
          "Field description"
          node(id: ID!): Node
          "Lists members"
          members(
            "How many"
            first: Int = 10
            after: String
            where: MemberFilter = {name: "x", tags: ["a"]}
          ): [Member!]! @deprecated(reason: "Use `users`.")
          plain(a: Int, b: [String!]! = [], c: Color = RED @deprecated): String
        }

        interface Node { id: ID! }

        interface Entity implements Node & Named @tag(name: "entity") { id: ID! name: String }

        union SearchResult @tag(name: "x") = | Member | Post

        union Empty

        enum Color {
          "the red one"
          RED
          GREEN @deprecated(reason: """
          Multi-line
          reason
          """)
          BLUE
        }

        input MemberFilter @oneOf {
          name: String
          tags: [String!] = ["a", "b"]
          nested: MemberFilter
        }

        "Directive with a trailing quote \""
        directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR

        directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION

        directive @repeated("described arg" arg: Int) repeatable on
          | OBJECT
          | INTERFACE

        extend schema @extra { mutation: Mutation }
        extend schema @only
        extend scalar DateTime @extra
        extend type Query implements Other @extra { more: Int }
        extend type Query @onlyDirective
        extend interface Node implements Other { extra: String }
        extend union SearchResult = Comment
        extend enum Color { PURPLE }
        extend input MemberFilter { age: Int }
        type Empty
        """"";

    public const string SchemaPrinted =
        """""
        """The schema description."""
        schema @link(url: "https://example.com") {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        """
        A custom scalar.
          with indented second line
        """
        scalar DateTime @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        "Single-line description"
        type Query implements Node & Entity @key(fields: "id") {
          "Field description"
          node(id: ID!): Node
          "Lists members"
          members(
            "How many"
            first: Int = 10
            after: String
            where: MemberFilter = {name: "x", tags: ["a"]}
          ): [Member!]! @deprecated(reason: "Use `users`.")
          plain(a: Int, b: [String!]! = [], c: Color = RED @deprecated): String
        }

        interface Node {
          id: ID!
        }

        interface Entity implements Node & Named @tag(name: "entity") {
          id: ID!
          name: String
        }

        union SearchResult @tag(name: "x") = Member | Post

        union Empty

        enum Color {
          "the red one"
          RED
          GREEN @deprecated(reason: """
          Multi-line
          reason
          """)
          BLUE
        }

        input MemberFilter @oneOf {
          name: String
          tags: [String!] = ["a", "b"]
          nested: MemberFilter
        }

        "Directive with a trailing quote \""
        directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR

        directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION

        directive @repeated(
          "described arg"
          arg: Int
        ) repeatable on OBJECT | INTERFACE

        extend schema @extra {
          mutation: Mutation
        }

        extend schema @only

        extend scalar DateTime @extra

        extend type Query implements Other @extra {
          more: Int
        }

        extend type Query @onlyDirective

        extend interface Node implements Other {
          extra: String
        }

        extend union SearchResult = Comment

        extend enum Color {
          PURPLE
        }

        extend input MemberFilter {
          age: Int
        }

        type Empty
        """"";
}
