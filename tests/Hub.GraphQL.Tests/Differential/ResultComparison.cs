using System.Text.Json;

namespace Hub.GraphQL.Tests.Differential;

/// <summary>
/// Compares the engine's output line for a case with graphql-js's. <see cref="Mismatches"/> fail the case: a different
/// <c>data</c> (byte for byte, so field order and number formatting count), response key order, error count, order,
/// paths, locations or messages, and validation messages/locations. A message that differs only where graphql-js shows
/// the text a resolver threw is a <see cref="Notes"/> entry, since that text is the host language's, not graphql-js's.
/// </summary>
public sealed class ResultComparison
{
    private readonly List<string> _mismatches = [];
    private readonly List<string> _notes = [];

    public ResultComparison(JsonElement expectedLine, JsonElement actualLine, IReadOnlySet<string> resolverMessages)
    {
        var expected = expectedLine.GetProperty("result");
        var actual = actualLine.GetProperty("result");
        CompareKeys(expected, actual);
        CompareData(expected, actual);
        CompareErrors(expected, actual, resolverMessages);
        CompareValidation(expectedLine.GetProperty("validation"), actualLine.GetProperty("validation"));
    }

    public IReadOnlyList<string> Mismatches => _mismatches;

    public IReadOnlyList<string> Notes => _notes;

    private void CompareKeys(JsonElement expected, JsonElement actual)
    {
        var expectedKeys = string.Join(", ", expected.EnumerateObject().Select(property => property.Name));
        var actualKeys = string.Join(", ", actual.EnumerateObject().Select(property => property.Name));
        if (expectedKeys != actualKeys)
        {
            _mismatches.Add($"response keys: expected [{expectedKeys}], actual [{actualKeys}]");
        }
    }

    private void CompareData(JsonElement expected, JsonElement actual)
    {
        var expectedData = expected.TryGetProperty("data", out var e) ? e.GetRawText() : "(absent)";
        var actualData = actual.TryGetProperty("data", out var a) ? a.GetRawText() : "(absent)";
        if (expectedData != actualData)
        {
            _mismatches.Add($"data: expected {expectedData}, actual {actualData}");
        }
    }

    private void CompareErrors(JsonElement expected, JsonElement actual, IReadOnlySet<string> resolverMessages)
    {
        var expectedErrors = Errors(expected);
        var actualErrors = Errors(actual);
        if (expectedErrors.Count != actualErrors.Count)
        {
            _mismatches.Add($"errors: expected {expectedErrors.Count} {Messages(expectedErrors)}, actual {actualErrors.Count} {Messages(actualErrors)}");
            return;
        }

        for (var i = 0; i < expectedErrors.Count; i++)
        {
            var expectedMessage = expectedErrors[i].GetProperty("message").GetString()!;
            var actualMessage = actualErrors[i].TryGetProperty("message", out var m) ? m.GetString() : null;
            if (expectedMessage != actualMessage)
            {
                var text = $"errors[{i}].message: expected \"{expectedMessage}\", actual \"{actualMessage}\"";
                (resolverMessages.Contains(expectedMessage) ? _notes : _mismatches).Add(text);
            }

            CompareMember(expectedErrors[i], actualErrors[i], "path", $"errors[{i}]");
            CompareMember(expectedErrors[i], actualErrors[i], "locations", $"errors[{i}]");
        }
    }

    private void CompareValidation(JsonElement expected, JsonElement actual)
    {
        var expectedEntries = expected.EnumerateArray().ToList();
        var actualEntries = actual.EnumerateArray().ToList();
        var expectedText = string.Join(" | ", expectedEntries.Select(Describe));
        var actualText = string.Join(" | ", actualEntries.Select(Describe));
        if (expectedText != actualText)
        {
            _mismatches.Add($"validation: expected [{expectedText}], actual [{actualText}]");
        }

        for (var i = 0; i < Math.Min(expectedEntries.Count, actualEntries.Count); i++)
        {
            var actualRule = actualEntries[i].GetProperty("rule");
            var expectedRule = expectedEntries[i].GetProperty("rule");
            if (actualRule.ValueKind == JsonValueKind.String && actualRule.GetString() != expectedRule.GetString())
            {
                _mismatches.Add($"validation[{i}].rule: expected {expectedRule.GetRawText()}, actual {actualRule.GetRawText()}");
            }
        }

        static string Describe(JsonElement entry) =>
            $"{entry.GetProperty("message").GetString()} at {entry.GetProperty("locations").GetRawText()}";
    }

    private void CompareMember(JsonElement expected, JsonElement actual, string member, string where)
    {
        var expectedText = expected.TryGetProperty(member, out var e) ? e.GetRawText() : "(absent)";
        var actualText = actual.TryGetProperty(member, out var a) ? a.GetRawText() : "(absent)";
        if (expectedText != actualText)
        {
            _mismatches.Add($"{where}.{member}: expected {expectedText}, actual {actualText}");
        }
    }

    private static List<JsonElement> Errors(JsonElement result) =>
        result.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().ToList() : [];

    private static string Messages(List<JsonElement> errors) =>
        "[" + string.Join(" | ", errors.Select(error => error.TryGetProperty("message", out var m) ? m.GetString() : "?")) + "]";
}
