namespace Hub.Server.Tests.Supervision;

/// <summary>
/// M01's thresholds as GraphQL parameters, for test data that hold no <c>legal_threshold</c> rows: Hunan's theft amount
/// and the national pollution thresholds.
/// </summary>
internal static class M01Parameters
{
    public const string GraphQL = """[{name: "theftLarge", value: "2000"}, {name: "hazardousWasteTonnes", value: "3"}, {name: "heavyMetalExceedMultiple", value: "3"}, {name: "otherMetalExceedMultiple", value: "10"}, {name: "repeatPenalties", value: "2"}]""";
}
