using System.Linq.Expressions;
using System.Reflection;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.CodeFirst;

/// <summary>
/// Compiles resolvers once with <see cref="System.Linq.Expressions"/>: a property becomes a pure getter delegate, a
/// method a delegate that gathers its parameters from the resolver context and adapts its result to a
/// <see cref="ValueTask{TResult}"/>. No reflection happens per request.
/// </summary>
internal static class ResolverCompiler
{
    private static readonly PropertyInfo ParentProperty = typeof(IResolverContext).GetProperty(nameof(IResolverContext.Parent))!;
    private static readonly PropertyInfo AbortedProperty = typeof(IResolverContext).GetProperty(nameof(IResolverContext.RequestAborted))!;
    private static readonly MethodInfo ArgumentValueMethod = typeof(IResolverContext).GetMethods().Single(m => m.Name == nameof(IResolverContext.ArgumentValue) && !m.IsGenericMethod);
    private static readonly MethodInfo ServiceMethod = typeof(ResolverResults).GetMethod(nameof(ResolverResults.Service))!;

    /// <summary><c>parent =&gt; ((T)parent).Property</c>.</summary>
    public static PureFieldResolverDelegate PropertyGetter(PropertyInfo property)
    {
        var parent = Expression.Parameter(typeof(object), "parent");
        var body = Expression.Convert(Expression.Property(Expression.Convert(parent, property.DeclaringType!), property), typeof(object));
        return Expression.Lambda<PureFieldResolverDelegate>(body, parent).Compile();
    }

    /// <summary>A resolver reading a property or calling a method on the parent (or root instance).</summary>
    public static FieldResolverDelegate Member(
        MemberInfo member,
        IReadOnlyList<ParameterBinding> parameters,
        Func<IResolverContext, object>? rootInstance)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var access = Access(member, parameters, context, rootInstance);
        var body = AdaptResult(access);
        return Expression.Lambda<FieldResolverDelegate>(body, context).Compile();
    }

    /// <summary>The event stream factory of a subscription field whose method returns an <c>IAsyncEnumerable&lt;T&gt;</c>.</summary>
    public static SubscribeResolverDelegate Subscribe(
        MethodInfo method,
        IReadOnlyList<ParameterBinding> parameters,
        Func<IResolverContext, object>? rootInstance)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var call = Access(method, parameters, context, rootInstance);
        var streamType = ClrTypeShape.TaskResultType(call.Type) ?? call.Type;
        var itemType = ClrTypeShape.AsyncStreamItemType(streamType)!;
        var adapter = call.Type == streamType
            ? nameof(ResolverResults.FromStream)
            : call.Type.GetGenericTypeDefinition() == typeof(Task<>) ? nameof(ResolverResults.FromStreamTask) : nameof(ResolverResults.FromStreamValueTask);
        var body = Expression.Call(typeof(ResolverResults).GetMethod(adapter)!.MakeGenericMethod(itemType), call);
        return Expression.Lambda<SubscribeResolverDelegate>(body, context).Compile();
    }

    private static Expression Access(
        MemberInfo member,
        IReadOnlyList<ParameterBinding> parameters,
        ParameterExpression context,
        Func<IResolverContext, object>? rootInstance)
    {
        var declaringType = member.DeclaringType!;
        Expression instance = rootInstance is null
            ? Expression.Convert(Expression.Property(context, ParentProperty), declaringType)
            : Expression.Convert(Expression.Invoke(Expression.Constant(rootInstance), context), declaringType);
        return member switch
        {
            PropertyInfo property => Expression.Property(instance, property),
            MethodInfo { IsStatic: true } method => Expression.Call(method, parameters.Select(p => ParameterValue(p, context))),
            MethodInfo method => Expression.Call(instance, method, parameters.Select(p => ParameterValue(p, context))),
            _ => throw new ArgumentException($"Cannot resolve a field from {member}.", nameof(member)),
        };
    }

    private static Expression ParameterValue(ParameterBinding binding, ParameterExpression context)
    {
        var type = binding.Parameter.ParameterType;
        return binding.Source switch
        {
            ParameterSource.Cancellation => Expression.Property(context, AbortedProperty),
            ParameterSource.Context => context,
            ParameterSource.Parent => Expression.Convert(Expression.Property(context, ParentProperty), type),
            ParameterSource.Service => Expression.Convert(
                Expression.Call(ServiceMethod, context, Expression.Constant(type), Expression.Constant(binding.Parameter.HasDefaultValue)),
                type),
            _ => Expression.Convert(
                Expression.Invoke(
                    Expression.Constant(binding.Converter!),
                    Expression.Call(context, ArgumentValueMethod, Expression.Constant(binding.Argument!.Name))),
                type),
        };
    }

    /// <summary>Wraps a result in <c>ValueTask&lt;object?&gt;</c>, awaiting <c>Task&lt;T&gt;</c> and <c>ValueTask&lt;T&gt;</c> results.</summary>
    private static Expression AdaptResult(Expression result)
    {
        var type = result.Type;
        if (ClrTypeShape.TaskResultType(type) is { } resultType)
        {
            var adapter = type.GetGenericTypeDefinition() == typeof(Task<>) ? nameof(ResolverResults.FromTask) : nameof(ResolverResults.FromValueTask);
            return Expression.Call(typeof(ResolverResults).GetMethod(adapter)!.MakeGenericMethod(resultType), result);
        }

        return Expression.New(
            typeof(ValueTask<object?>).GetConstructor([typeof(object)])!,
            Expression.Convert(result, typeof(object)));
    }
}
