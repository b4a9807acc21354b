using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Hub.GraphQL.Errors;

namespace Hub.GraphQL.Data.Filtering;

/// <summary>
/// Translates a coerced <c>where</c> value into a predicate over the row, as HotChocolate's queryable filter provider
/// does: fields and operations of one object are AND-ed, <c>or</c> lists OR-ed, negated operations are the negation of
/// their positive one. A comparison on a nullable member is guarded (<c>x != null &amp;&amp; …</c>) so that SQL's and C#'s
/// treatment of null agree: <c>neq</c>, <c>nin</c>, <c>ncontains</c> … include rows where the member is null. Values are
/// captured as SQL parameters. A nested object's filter reads through the navigation (a join); a list's through
/// <c>Any</c>/<c>All</c> over it (<c>EXISTS</c>). Uses of nested fields are named by their path (<c>author.name</c>).
/// </summary>
internal sealed class QueryableFilter
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    private readonly FilterLimits _limits;
    private readonly string _coordinate;
    private readonly List<FieldUse> _uses = [];
    private int _orBranches;

    private QueryableFilter(FilterLimits limits, string coordinate)
    {
        _limits = limits;
        _coordinate = coordinate;
    }

    /// <summary>The predicate of <paramref name="where"/> over <see cref="FilterInputType.Row"/> and the field operations it uses.</summary>
    public static (Expression Predicate, IReadOnlyList<FieldUse> Uses) Translate(
        FilterInputType type, FilterLimits limits, IReadOnlyDictionary<string, object?> where, string coordinate)
    {
        var filter = new QueryableFilter(limits, coordinate);
        return (filter.Entity(type, where, "where", 1), filter._uses);
    }

    private Expression Entity(FilterInputType type, IReadOnlyDictionary<string, object?> filter, string path, int depth, string prefix = "")
    {
        CheckDepth(path, depth);
        var parts = new List<Expression>();
        foreach (var (name, value) in filter)
        {
            var at = $"{path}.{name}";
            switch (name)
            {
                case "and":
                    parts.AddRange(Items(value, name, type.Name, $"[{type.Name}!]").Select((item, i) => Entity(type, item, $"{at}[{i}]", depth + 1, prefix)));
                    break;
                case "or":
                    parts.Add(Or(Items(value, name, type.Name, $"[{type.Name}!]"), at, (item, itemPath) => Entity(type, item, itemPath, depth + 1, prefix)));
                    break;
                default:
                    var field = type.Fields[name];
                    var operations = value as IReadOnlyDictionary<string, object?> ?? throw DataErrors.NonNull(name, type.Name, field.OperationType);
                    parts.Add(field.Kind switch
                    {
                        FilterKind.Object => RowFields.Substitute(
                            Entity(field.Nested!, operations, at, depth + 1, $"{prefix}{name}."), field.Nested!.Row, field.Member),
                        FilterKind.List => List(field, operations, at, depth + 1, prefix),
                        _ => Operations(field, operations, at, depth + 1, prefix),
                    });
                    break;
            }
        }

        return All(parts);
    }

    /// <summary>
    /// <c>some</c>, <c>all</c>, <c>none</c> as <c>Any</c>/<c>All</c>/<c>!Any</c> over the elements filtered by their input,
    /// <c>any</c> as whether the list has elements (HotChocolate's list operations); EF Core runs them as <c>EXISTS</c>.
    /// </summary>
    private Expression List(FilterField field, IReadOnlyDictionary<string, object?> operations, string path, int depth, string prefix)
    {
        CheckDepth(path, depth);
        var elementType = field.Nested?.Row.Type ?? field.ElementParameter!.Type;
        var parts = new List<Expression>();
        foreach (var (operation, value) in operations)
        {
            var at = $"{path}.{operation}";
            if (operation == "any")
            {
                var hasElements = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], field.Member);
                parts.Add(value is bool any ? any ? hasElements : Expression.Not(hasElements) : throw DataErrors.NonNull(operation, field.OperationType, "Boolean!"));
                continue;
            }

            var element = value as IReadOnlyDictionary<string, object?>
                ?? throw DataErrors.NonNull(operation, field.OperationType, field.Nested?.Name ?? field.Element!.OperationType);
            // Each lambda gets its own parameter: a type reached again through a cycle must not reuse an enclosing one.
            var item = Expression.Parameter(elementType, "item");
            var predicate = Expression.Lambda(field.Nested is { } nested
                ? RowFields.Substitute(Entity(nested, element, at, depth + 1, $"{prefix}{field.Name}."), nested.Row, item)
                : RowFields.Substitute(Operations(field.Element!, element, at, depth + 1, prefix), field.ElementParameter!, item), item);
            Expression call = Expression.Call(typeof(Enumerable), operation == "all" ? nameof(Enumerable.All) : nameof(Enumerable.Any), [elementType], field.Member, predicate);
            parts.Add(operation == "none" ? Expression.Not(call) : call);
        }

        return All(parts);
    }

    private Expression Operations(FilterField field, IReadOnlyDictionary<string, object?> operations, string path, int depth, string prefix)
    {
        CheckDepth(path, depth);
        var parts = new List<Expression>();
        foreach (var (operation, value) in operations)
        {
            var at = $"{path}.{operation}";
            switch (operation)
            {
                case "and":
                    parts.AddRange(Items(value, operation, field.OperationType, $"[{field.OperationType}!]")
                        .Select((item, i) => Operations(field, item, $"{at}[{i}]", depth + 1, prefix)));
                    break;
                case "or":
                    parts.Add(Or(Items(value, operation, field.OperationType, $"[{field.OperationType}!]"), at, (item, itemPath) => Operations(field, item, itemPath, depth + 1, prefix)));
                    break;
                default:
                    _uses.Add(new FieldUse(prefix + field.Name, operation, at));
                    var negated = operation[0] == 'n'; // neq, nin, ncontains, ngt …: the negation of the operation without the n
                    var positive = Positive(field, negated ? operation[1..] : operation, operation, value);
                    parts.Add(negated ? Expression.Not(positive) : positive);
                    break;
            }
        }

        return All(parts);
    }

    private Expression Positive(FilterField field, string positive, string operation, object? value)
    {
        var member = field.Member;
        var nullable = !member.Type.IsValueType || Nullable.GetUnderlyingType(member.Type) is not null;
        if (positive == "in")
        {
            return In(field, operation, value, nullable);
        }

        if (value is null)
        {
            return positive == "eq" && nullable
                ? Expression.Equal(member, Expression.Constant(null, member.Type))
                : throw DataErrors.NonNull(operation, field.OperationType, field.LeafType + "!");
        }

        var captured = Captured(QueryableMembers.ToMemberValue(value, member.Type), member.Type);
        Expression comparison = positive switch
        {
            "eq" => Expression.Equal(member, captured),
            "contains" => Expression.Call(member, StringContains, captured),
            "startsWith" => Expression.Call(member, StringStartsWith, captured),
            "endsWith" => Expression.Call(member, StringEndsWith, captured),
            "gt" => Expression.GreaterThan(member, captured),
            "gte" => Expression.GreaterThanOrEqual(member, captured),
            "lt" => Expression.LessThan(member, captured),
            "lte" => Expression.LessThanOrEqual(member, captured),
            _ => throw new InvalidOperationException($"Unknown filter operation \"{operation}\"."),
        };
        return nullable ? Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, member.Type)), comparison) : comparison;
    }

    private static Expression In(FilterField field, string operation, object? value, bool nullable)
    {
        var member = field.Member;
        var items = (value as IEnumerable ?? throw DataErrors.NonNull(operation, field.OperationType, $"[{field.LeafType}]!")).Cast<object?>().ToList();
        if (!nullable && items.Contains(null))
        {
            throw DataErrors.NonNull(operation, field.OperationType, $"[{field.LeafType}!]");
        }

        var values = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(member.Type))!;
        foreach (var item in items.OfType<object>())
        {
            values.Add(QueryableMembers.ToMemberValue(item, member.Type));
        }

        Expression contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], Captured(values, values.GetType()), member);
        if (nullable)
        {
            var isNull = Expression.Equal(member, Expression.Constant(null, member.Type));
            contains = Expression.AndAlso(Expression.Not(isNull), contains);
            return items.Contains(null) ? Expression.OrElse(isNull, contains) : contains;
        }

        return contains;
    }

    private Expression Or(List<IReadOnlyDictionary<string, object?>> items, string path, Func<IReadOnlyDictionary<string, object?>, string, Expression> translate)
    {
        _orBranches += items.Count;
        if (_orBranches > _limits.MaxOrBranches)
        {
            throw DataErrors.Error(
                $"The filter of {_coordinate} has more than {_limits.MaxOrBranches} `or` branches (counted up to {path}); split the request or narrow it with `and`.",
                ErrorCodes.Data.FilterTooManyOrBranches, ("coordinate", _coordinate), ("path", path), ("maxOrBranches", _limits.MaxOrBranches));
        }

        return items.Count == 0
            ? Expression.Constant(true)
            : items.Select((item, i) => translate(item, $"{path}[{i}]")).Aggregate(Expression.OrElse);
    }

    private void CheckDepth(string path, int depth)
    {
        if (depth > _limits.MaxDepth)
        {
            throw DataErrors.Error(
                $"The filter of {_coordinate} is nested more than {_limits.MaxDepth} levels deep at {path}.",
                ErrorCodes.Data.FilterTooDeep, ("coordinate", _coordinate), ("path", path), ("maxDepth", _limits.MaxDepth));
        }
    }

    private static List<IReadOnlyDictionary<string, object?>> Items(object? value, string operation, string filterType, string expectedType) =>
        (value as IEnumerable ?? throw DataErrors.NonNull(operation, filterType, expectedType)).Cast<IReadOnlyDictionary<string, object?>>().ToList();

    private static Expression All(List<Expression> parts) => parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);

    /// <summary>A captured value, so EF Core sends it as a SQL parameter (one cached plan) rather than inlining it.</summary>
    private static MemberExpression Captured(object value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Captured<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), nameof(Captured<object>.Value));
    }
}

/// <summary>A value a query reads through a member access, which EF Core turns into a parameter.</summary>
internal sealed record Captured<TValue>(TValue Value);
