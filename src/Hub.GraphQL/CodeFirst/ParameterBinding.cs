using System.Reflection;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.CodeFirst;

/// <summary>A resolver parameter with its source; arguments carry the GraphQL argument and the value converter.</summary>
internal sealed record ParameterBinding(
    ParameterInfo Parameter,
    ParameterSource Source,
    Argument? Argument = null,
    Func<object?, object?>? Converter = null);
