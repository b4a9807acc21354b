using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hub.Identity.Policies;

/// <summary>
/// Reads one YAML policy file node by node, collecting every problem with its position instead of stopping at the
/// first, so one run of <c>hub policies apply</c> shows all that needs fixing.
/// </summary>
public sealed class PolicyYamlReader(string file, List<PolicyError> errors)
{
    public string File { get; } = file;

    /// <summary>Parses the file and returns the sequence under <paramref name="rootKey"/>, or null after recording why not.</summary>
    public YamlSequenceNode? ReadRootSequence(string text, string rootKey)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            errors.Add(new PolicyError(File, (int)exception.Start.Line, (int)exception.Start.Column, exception.InnerException?.Message ?? exception.Message));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new PolicyError(File, 1, 1, $"Expected a mapping with a '{rootKey}' list."));
            return null;
        }

        CheckKeys(root, rootKey);
        if (!root.Children.TryGetValue(new YamlScalarNode(rootKey), out var list) || list is not YamlSequenceNode sequence)
        {
            Error(root, $"Expected a '{rootKey}' list.");
            return null;
        }

        return sequence;
    }

    public YamlMappingNode? Mapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Error(node, $"Expected {what} as a mapping.");
        return null;
    }

    /// <summary>Reports keys of <paramref name="mapping"/> that are not in <paramref name="allowed"/> (a typo must not pass silently).</summary>
    public void CheckKeys(YamlMappingNode mapping, params string[] allowed)
    {
        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !allowed.Contains(name))
            {
                Error(key, $"Unknown key '{name}'; expected one of: {string.Join(", ", allowed)}.");
            }
        }
    }

    public string? RequiredString(YamlMappingNode mapping, string key)
    {
        if (!mapping.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            Error(mapping, $"Missing '{key}'.");
            return null;
        }

        if (node is not YamlScalarNode { Value: { Length: > 0 } value } || string.IsNullOrWhiteSpace(value))
        {
            Error(node, $"'{key}' must be a non-empty string.");
            return null;
        }

        return value.Trim();
    }

    /// <summary>A list of strings; absent is empty unless <paramref name="required"/>.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)> StringList(YamlMappingNode mapping, string key, bool required = false)
    {
        if (!mapping.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            if (required)
            {
                Error(mapping, $"Missing '{key}'.");
            }

            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"'{key}' must be a list.");
            return [];
        }

        var values = new List<(string, YamlNode)>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value })
            {
                values.Add((value, item));
            }
            else
            {
                Error(item, $"Each entry of '{key}' must be a non-empty string.");
            }
        }

        return values;
    }

    /// <summary>An optional <c>true</c> or <c>false</c>; absent is false.</summary>
    public bool OptionalBoolean(YamlMappingNode mapping, string key)
    {
        if (!mapping.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return false;
        }

        if (node is YamlScalarNode { Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        Error(node, $"'{key}' must be true or false.");
        return false;
    }

    public IEnumerable<YamlNode> Sequence(YamlMappingNode mapping, string key)
    {
        if (!mapping.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return [];
        }

        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Error(node, $"'{key}' must be a list.");
        return [];
    }

    public void Error(YamlNode node, string message) =>
        errors.Add(new PolicyError(File, (int)node.Start.Line, (int)node.Start.Column, message));
}
