namespace Hub.Data.Generation;

/// <summary>
/// Appends deliberately bad rows to a few files, each kind the import must reject (bad checksum, bad date, missing
/// required field, wrong column count, invalid UTF-8, duplicate within the file), and lists them in the manifest.
/// All come from a directory agency (so that is not what rejects them) under record ids starting BAD-; the first copy
/// of a duplicated row is itself valid and is stored.
/// </summary>
internal static class BadRowPlanter
{
    public static void Plant(GenerationContext g)
    {
        foreach (var dataSet in new[] { "criminal_judgment", "staffing_roster", "coercive_measure" })
        {
            var writer = g.Writer(dataSet);
            for (var i = 0; i < 2 * g.Scale; i++)
            {
                var person = g.Keys.Person();
                var broken = person.Id[..17] + (person.Id[17] == '0' ? '1' : '0');
                Add(g, writer, Row(g, dataSet, broken, "2024-03-05", $"BAD-{i}-A"), "bad checksum");
                Add(g, writer, Row(g, dataSet, person.Id, "2024-02-30", $"BAD-{i}-B"), "bad date");
                Add(g, writer, Row(g, dataSet, null, "2024-03-05", $"BAD-{i}-C"), "missing required field");
                var wrongCount = Row(g, dataSet, person.Id, "2024-03-05", $"BAD-{i}-D").Append("extra");
                Add(g, writer, wrongCount, writer.MisshapenReason);
                g.Truth.BadRows.Add(new BadRow(writer.FileName, writer.WriteInvalidUtf8(DemoAgencies.Code("PSB"), $"BAD-{i}-E"), "invalid UTF-8"));
                var duplicate = Row(g, dataSet, person.Id, "2024-03-05", $"BAD-{i}-F").ToArray();
                writer.WriteFields(duplicate);
                Add(g, writer, duplicate, "duplicate within the file");
            }
        }
    }

    private static void Add(GenerationContext g, DataFileWriter writer, IEnumerable<string?> fields, string reason) =>
        g.Truth.BadRows.Add(new BadRow(writer.FileName, writer.WriteFields([.. fields]), reason));

    private static IEnumerable<string?> Row(GenerationContext g, string dataSet, string? id, string date, string recordId)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["source_agency"] = DemoAgencies.Code("PSB"),
            ["source_record_id"] = recordId,
        };
        switch (dataSet)
        {
            case "criminal_judgment":
                values["court_case_no"] = "(2024)湘0281刑初9999号";
                values["defendant_id_number"] = id;
                values["charges"] = "盗窃罪";
                values["verdict"] = "无罪";
                values["judgment_date"] = date;
                break;
            case "staffing_roster":
                values["id_number"] = id;
                values["name"] = "测试";
                values["establishment_type"] = "行政";
                values["sector"] = "其他";
                values["entry_date"] = date;
                values["status"] = "离职";
                break;
            default:
                values["measure_id"] = recordId;
                values["person_id_number"] = id;
                values["measure_type"] = "拘传";
                values["start_date"] = date;
                break;
        }

        var columns = g.Writer(dataSet).Columns;
        return columns.Select(c => values.GetValueOrDefault(c));
    }
}
