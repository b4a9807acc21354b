using System.Collections.Concurrent;
using System.Reflection;

namespace Hub.GraphQL.Execution.Processing;

/// <summary>
/// Treats task-valued results like graphql-js treats promises: a pending task parks its position, a finished one
/// yields its result (or throws its exception).
/// </summary>
internal static class TaskValues
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> ResultProperties = new();

    /// <summary>True when <paramref name="value"/> is a task that has not finished yet.</summary>
    public static bool TryGetPending(object value, out ValueTask<object?> pending)
    {
        switch (value)
        {
            case Task { IsCompleted: false } task:
                pending = AwaitAsync(task);
                return true;
            case ValueTask<object?> { IsCompleted: false } valueTask:
                pending = valueTask;
                return true;
            default:
                pending = default;
                return false;
        }
    }

    /// <summary>The value itself, or the result of a finished task (rethrowing its exception).</summary>
    public static object? Unwrap(object value) => value switch
    {
        Task task => ResultOf(task),
        ValueTask<object?> valueTask => valueTask.Result,
        _ => value,
    };

    private static async ValueTask<object?> AwaitAsync(Task task)
    {
        await task;
        return ResultOf(task);
    }

    private static object? ResultOf(Task task)
    {
        task.GetAwaiter().GetResult();
        var property = ResultProperties.GetOrAdd(task.GetType(), FindResultProperty);
        return property?.GetValue(task);
    }

    private static PropertyInfo? FindResultProperty(Type taskType)
    {
        for (var type = taskType; type is not null && type != typeof(Task); type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
            {
                // Non-generic async methods run as Task<VoidTaskResult>: they have no result.
                if (type.GetGenericArguments()[0].Name == "VoidTaskResult")
                {
                    return null;
                }

                return type.GetProperty(nameof(Task<object>.Result));
            }
        }

        return null;
    }
}
