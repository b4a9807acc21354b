namespace Hub.GraphQL.Errors;

/// <summary>
/// The <c>extensions.code</c> values Hub reports, with HotChocolate's names and values so HotChocolate-aware clients
/// behave the same. Each engine area adds the codes it uses.
/// </summary>
public static class ErrorCodes
{
    public static class Authentication
    {
        public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
        public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";
        public const string NoDefaultPolicy = "AUTH_NO_DEFAULT_POLICY";
        public const string PolicyNotFound = "AUTH_POLICY_NOT_FOUND";
    }

    public static class Scalars
    {
        /// <summary>The runtime value is not supported by the scalar.</summary>
        public const string InvalidRuntimeType = "HC0001";

        /// <summary>The literal is of the wrong kind or has an invalid format.</summary>
        public const string InvalidSyntaxFormat = "HC0002";
    }

    public static class Server
    {
        public const string RequestInvalid = "HC0009";
        public const string MaxRequestSize = "HC0010";
        public const string SyntaxError = "HC0011";
        public const string UnexpectedRequestParserError = "HC0012";
        public const string QueryAndIdMissing = "HC0013";
        public const string NoSupportedAcceptMediaType = "HC0063";
        public const string InvalidAcceptHeaderValue = "HC0064";
    }

    public static class Execution
    {
        public const string TaskProcessingError = "HC0008";
        public const string SyntaxError = "HC0014";
        public const string QueryNotFound = "HC0015";
        public const string InvalidType = "HC0016";
        public const string MustBeInputType = "HC0017";
        public const string NonNullViolation = "HC0018";
        public const string CannotCreateRootValue = "HC0019";
        public const string PersistedQueryNotFound = "HC0020";

        /// <summary>The request exceeded the configured timeout.</summary>
        public const string Timeout = "HC0045";

        /// <summary>The operation's cost exceeded the allowed maximum.</summary>
        public const string ComplexityExceeded = "HC0047";

        /// <summary>The cost analyzer lacked the document, operation or variables it needs.</summary>
        public const string ComplexityStateInvalid = "HC0048";

        /// <summary>The request was canceled.</summary>
        public const string Canceled = "HC0049";

        /// <summary>The parent value cannot be cast to the type the resolver asks for.</summary>
        public const string CannotCastParent = "HC0053";

        public const string OneOfNoFieldSet = "HC0054";
        public const string OneOfMoreThanOneFieldSet = "HC0055";
        public const string OneOfFieldIsNull = "HC0056";
        public const string OneOfFieldMustBeNonNull = "HC0057";

        /// <summary>Only persisted operations are allowed.</summary>
        public const string OnlyPersistedQueriesAllowed = "HC0067";

        /// <summary>The request fetched too many nodes at once.</summary>
        public const string FetchedToManyNodesAtOnce = "HC0076";

        /// <summary>A list field requires exactly one slicing argument (e.g. <c>first</c> or <c>last</c>).</summary>
        public const string ExactlyOneSlicingArgument = "HC0082";

        public const string SemanticNonNullViolation = "HC0088";
    }

    public static class Validation
    {
        /// <summary>Introspection is not allowed for the current request.</summary>
        public const string IntrospectionNotAllowed = "HC0046";

        /// <summary>The introspection query nests <c>ofType</c> or list fields too deeply.</summary>
        public const string MaxIntrospectionDepthOverflow = "HC0086";

        /// <summary>A field cycle in the operation is deeper than allowed.</summary>
        public const string MaxCoordinateCycleDepthOverflow = "HC0087";
    }

    public static class Schema
    {
        public const string NoEnumValues = "TS_NO_ENUM_VALUES";
        public const string MissingType = "TS_MISSING_TYPE";
        public const string NoResolver = "TS_NO_FIELD_RESOLVER";
        public const string UnresolvedTypes = "TS_UNRESOLVED_TYPES";
        public const string NoName = "TS_NO_NAME_DEFINED";
        public const string NoFieldType = "TS_NO_FIELD_TYPE";
        public const string InvalidArgument = "TS_INVALID_ARG";
        public const string InterfaceNotImplemented = "SCHEMA_INTERFACE_NO_IMPL";
        public const string MiddlewareOrderInvalid = "HC0050";
        public const string ReservedTypeName = "HC0061";
        public const string DuplicateTypeName = "HC0065";
        public const string NodeResolverMissing = "HC0068";
        public const string NoSchemaTypesAllowedAsRuntimeType = "HC0073";
    }

    public static class Paging
    {
        public const string NodeTypeUnknown = "HC0031";
        public const string SchemaTypeInvalid = "HC0032";

        /// <summary>The maximum allowed items per page were exceeded.</summary>
        public const string MaxPaginationItems = "HC0051";

        /// <summary>Neither <c>first</c> nor <c>last</c> was given to a connection that requires one.</summary>
        public const string NoPagingBoundaries = "HC0052";

        /// <summary>The cursor given in <c>after</c> or <c>before</c> is not one the connection issued.</summary>
        public const string InvalidCursor = "HC0078";

        /// <summary><c>first</c> or <c>last</c> is negative.</summary>
        public const string MinPaginationItems = "HC0079";
    }

    public static class Data
    {
        public const string ListNotSupported = "HC0021";
        public const string MoreThanOneElement = "HC0022";
        public const string FilteringProjectionFailed = "HC0023";
        public const string SortingProjectionFailed = "HC0024";
        public const string NoPaginationProviderFound = "HC0025";
        public const string NonNullError = "HC0026";
        public const string NodeFieldWasNotFound = "HC0028";

        /// <summary>A filter nests <c>and</c>/<c>or</c> deeper than the field allows (no HotChocolate counterpart).</summary>
        public const string FilterTooDeep = "FILTER_MAX_DEPTH";

        /// <summary>A filter has more <c>or</c> branches than the field allows (no HotChocolate counterpart).</summary>
        public const string FilterTooManyOrBranches = "FILTER_MAX_OR_BRANCHES";
    }
}
