using Hub.GraphQL.Types.Resolvers;
using Hub.Server.Privacy;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// One resolution of a shared-data field: who reads, what the read may show in full (from the <c>reason</c>
/// argument and the caller's scopes), and its audit record.
/// </summary>
public sealed class SharedDataRead
{
    private readonly IResolverContext _context;

    private SharedDataRead(IResolverContext context, Caller caller, Disclosure disclosure)
    {
        _context = context;
        Caller = caller;
        Disclosure = disclosure;
    }

    /// <summary>The caller (from the access token).</summary>
    public Caller Caller { get; }

    /// <summary>What this read may show in full.</summary>
    public Disclosure Disclosure { get; }

    /// <summary>
    /// Starts the read of the field being resolved (whose personal fields are the shared data's unless
    /// <paramref name="personalFields"/> names others); a bad <c>reason</c> argument is an error.
    /// </summary>
    public static SharedDataRead Start(IResolverContext context, IReadOnlyList<PersonalField>? personalFields = null)
    {
        var reason = SharedDataArguments.Reason(context);
        var caller = context.Caller();
        var disclosure = context.Services.GetRequiredService<DisclosurePolicy>().For(caller, reason, personalFields);
        return new SharedDataRead(context, caller, disclosure);
    }

    /// <summary>Records the read (field, arguments, <paramref name="rows"/>), written before the response is sent.</summary>
    public void Audit(IReadOnlyCollection<object> rows)
    {
        var arguments = _context.Field.Arguments.Keys
            .Where(_context.HasArgument)
            .ToDictionary(name => name, name => _context.ArgumentValue(name) is DateOnly date ? date.ToString("yyyy-MM-dd") : _context.ArgumentValue(name));
        _context.Services.GetRequiredService<SharedDataAudit>().Record(RequestAudit.Of(_context),
            Caller, $"{_context.ObjectType.Name}.{_context.Field.Name}", arguments, rows, Disclosure, SelectedFields.Of(_context));
    }
}
