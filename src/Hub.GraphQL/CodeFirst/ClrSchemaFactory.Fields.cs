using System.Reflection;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.CodeFirst;

/// <summary>Output fields from public properties and methods, arguments from method parameters.</summary>
internal sealed partial class ClrSchemaFactory
{
    /// <summary>Marks asynchronous resolvers for the cost analysis (they weigh more by default).</summary>
    private static readonly IReadOnlyDictionary<string, object?> AsyncResolverData =
        new Dictionary<string, object?> { [Execution.Limits.CostContextKeys.AsyncResolver] = true };

    private static readonly IReadOnlyDictionary<string, object?> NoContextData = new Dictionary<string, object?>();

    private static readonly HashSet<string> ObjectMethodNames = ["Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "<Clone>$"];

    private IEnumerable<OutputField> ObjectFields(Type clrType, bool isRoot)
    {
        var isAbstract = clrType.IsInterface || clrType.IsAbstract;
        var isSubscription = isRoot && clrType == _registration.SubscriptionType;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in FieldMembers(clrType))
        {
            var field = member switch
            {
                PropertyInfo property => PropertyField(property, isRoot, isAbstract),
                MethodInfo method => MethodField(method, isRoot, isAbstract, isSubscription),
                _ => null,
            };
            if (field is not null && seen.Add(field.Name))
            {
                yield return field;
            }
        }
    }

    /// <summary>
    /// Public instance properties and methods that make sense as fields (inherited ones included), in declaration
    /// order: metadata tokens of methods and property getters follow the source order within a type.
    /// </summary>
    private static IEnumerable<MemberInfo> FieldMembers(Type clrType)
    {
        var types = clrType.IsInterface ? [clrType, .. clrType.GetInterfaces()] : new[] { clrType };
        var properties = types.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");
        var methods = types.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition && m.DeclaringType != typeof(object)
                && !ObjectMethodNames.Contains(m.Name) && !ClrTypeShape.IsVoidLike(m.ReturnType)
                && m.GetParameters().All(p => !p.ParameterType.IsByRef));
        return properties.Cast<MemberInfo>().Concat(methods)
            .Where(m => !m.IsDefined(typeof(GraphQLIgnoreAttribute), true))
            .OrderBy(m => InheritanceDepth(m.DeclaringType!))
            .ThenBy(m => m is PropertyInfo p ? p.GetMethod!.MetadataToken : m.MetadataToken);
    }

    /// <summary>Members of the most derived type come first, as reflection lists them.</summary>
    private static int InheritanceDepth(Type type)
    {
        var depth = 0;
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            depth--;
        }

        return depth;
    }

    private OutputField PropertyField(PropertyInfo property, bool isRoot, bool isAbstract)
    {
        var type = TypeOf(property.PropertyType, _nullability.Create(property), property, isInput: false);
        var needsContext = isRoot || ClrTypeShape.TaskResultType(property.PropertyType) is not null;
        return new OutputField(GraphQLNaming.FieldName(property), type)
        {
            Description = GraphQLNaming.Description(property),
            DeprecationReason = GraphQLNaming.DeprecationReason(property),
            PureResolver = isAbstract || needsContext ? null : ResolverCompiler.PropertyGetter(property),
            Resolver = isAbstract || !needsContext ? null : ResolverCompiler.Member(property, [], RootInstance(isRoot, property.DeclaringType!)),
            ContextData = Authorization.AuthorizationAttributes.AddTo(NoContextData, property),
        };
    }

    private OutputField MethodField(MethodInfo method, bool isRoot, bool isAbstract, bool isSubscription)
    {
        var returnType = method.ReturnType;
        var returnNullability = _nullability.Create(method.ReturnParameter);
        var streamItem = isSubscription ? StreamItemType(returnType, ref returnNullability) : null;
        var type = TypeOf(streamItem ?? returnType, returnNullability, method, isInput: false);
        var parameters = method.GetParameters();
        var bindings = parameters.Select(Bind).ToList();
        var arguments = bindings.Where(b => b.Argument is not null).Select(b => b.Argument!);
        var instance = RootInstance(isRoot, method.DeclaringType!);
        return new OutputField(GraphQLNaming.FieldName(method), type)
        {
            Description = GraphQLNaming.Description(method),
            DeprecationReason = GraphQLNaming.DeprecationReason(method),
            Arguments = OutputField.ArgumentMap(arguments),
            ContextData = Authorization.AuthorizationAttributes.AddTo(
                streamItem is not null || ClrTypeShape.TaskResultType(returnType) is not null ? AsyncResolverData : NoContextData, method),
            Resolver = isAbstract || streamItem is not null ? null : ResolverCompiler.Member(method, bindings, instance),
            Subscribe = isAbstract || streamItem is null ? null : ResolverCompiler.Subscribe(method, bindings, instance),

            // A subscription field resolves to the event the stream produced.
            PureResolver = streamItem is null ? null : static parent => parent,
        };
    }

    /// <summary>The item type of an <c>IAsyncEnumerable&lt;T&gt;</c> result (possibly inside a task), narrowing the nullability with it.</summary>
    private static Type? StreamItemType(Type returnType, ref NullabilityInfo nullability)
    {
        if (ClrTypeShape.TaskResultType(returnType) is { } taskResult && nullability.GenericTypeArguments is [var inner])
        {
            returnType = taskResult;
            nullability = inner;
        }

        if (ClrTypeShape.AsyncStreamItemType(returnType) is { } item && nullability.GenericTypeArguments is [var itemNullability])
        {
            nullability = itemNullability;
            return item;
        }

        return null;
    }

    /// <summary>How a resolver parameter is supplied: request context, cancellation, parent, service or GraphQL argument.</summary>
    private ParameterBinding Bind(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken))
        {
            return new ParameterBinding(parameter, ParameterSource.Cancellation);
        }

        if (type == typeof(Types.Resolvers.IResolverContext))
        {
            return new ParameterBinding(parameter, ParameterSource.Context);
        }

        if (parameter.IsDefined(typeof(ParentAttribute), false))
        {
            return new ParameterBinding(parameter, ParameterSource.Parent);
        }

        if (parameter.IsDefined(typeof(ServiceAttribute), false) || type == typeof(IServiceProvider) || _serviceTypes?.IsService(type) == true)
        {
            return new ParameterBinding(parameter, ParameterSource.Service);
        }

        var graphQLType = TypeOf(type, _nullability.Create(parameter), parameter, isInput: true);
        var argument = parameter.HasDefaultValue
            ? new Argument(GraphQLNaming.ArgumentName(parameter), graphQLType)
            {
                Description = GraphQLNaming.Description(parameter),
                DeprecationReason = GraphQLNaming.DeprecationReason(parameter),
                DefaultValue = DefaultValueOf(parameter),
                DefaultValueLiteral = AstFromValue.Convert(DefaultValueOf(parameter), graphQLType),
            }
            : new Argument(GraphQLNaming.ArgumentName(parameter), graphQLType)
            {
                Description = GraphQLNaming.Description(parameter),
                DeprecationReason = GraphQLNaming.DeprecationReason(parameter),
            };
        return new ParameterBinding(parameter, ParameterSource.Argument, argument, ClrValueConverter.For(type));
    }

    private static object? DefaultValueOf(ParameterInfo parameter)
    {
        var value = parameter.DefaultValue;
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return value is not null && type.IsEnum && value.GetType() != type ? Enum.ToObject(type, value) : value;
    }

    /// <summary>
    /// For root types, the instance whose members resolve the fields: the root value when it has the type, else the
    /// service of that type, else one instance created for the schema.
    /// </summary>
    private static Func<Types.Resolvers.IResolverContext, object>? RootInstance(bool isRoot, Type clrType)
    {
        if (!isRoot)
        {
            return null;
        }

        var shared = new Lazy<object>(() => Activator.CreateInstance(clrType)
            ?? throw new InvalidOperationException($"Cannot create the root type {clrType}."));
        return context => context.Parent is { } parent && clrType.IsInstanceOfType(parent)
            ? parent
            : context.Services?.GetService(clrType) ?? shared.Value;
    }
}
