using System.Runtime.InteropServices;
using Hub.Data.Keys;
using Hub.Data.Model;
using Hub.Data.Model.Shared;

namespace Hub.Data.Import;

/// <summary>
/// The persons and organisations one batch mentions through valid or repaired keys, each once, with the attributes
/// the key itself encodes. Every batch registers its own entities, so a committed batch never refers to a person
/// another, uncommitted batch was meant to register.
/// </summary>
public sealed class BatchEntities
{
    private BatchEntities(IReadOnlyList<Person> persons, IReadOnlyList<Organization> organizations)
    {
        Persons = persons;
        Organizations = organizations;
    }

    /// <summary>Persons, each once, in no particular order.</summary>
    public IReadOnlyList<Person> Persons { get; }

    /// <summary>Organisations, each once, in no particular order.</summary>
    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>Collects the entities of <paramref name="rows"/> (values in <see cref="DataSetDescriptor.StoredColumns"/> order).</summary>
    public static BatchEntities Of(DataSetDescriptor dataSet, IReadOnlyList<ParsedRow> rows)
    {
        var persons = new Dictionary<string, Person>(StringComparer.Ordinal);
        var organizations = new Dictionary<string, Organization>(StringComparer.Ordinal);
        var quality = dataSet.FileColumns.Count;
        for (var c = 0; c < dataSet.FileColumns.Count; c++)
        {
            if (dataSet.FileColumns[c].Key is not { } key)
            {
                continue;
            }

            foreach (var row in rows)
            {
                if (row.Values[c] is not string value || row.Values[quality] is not ("VALID" or "REPAIRED"))
                {
                    continue;
                }

                if (key.Kind == KeyKind.CitizenId)
                {
                    ref var person = ref CollectionsMarshal.GetValueRefOrAddDefault(persons, value, out _);
                    person ??= PersonOf(value);
                }
                else
                {
                    ref var organization = ref CollectionsMarshal.GetValueRefOrAddDefault(organizations, value, out _);
                    organization ??= OrganizationOf(value);
                }
            }

            quality++;
        }

        return new BatchEntities([.. persons.Values], [.. organizations.Values]);
    }

    private static Person PersonOf(string idNumber) => new()
    {
        IdNumber = idNumber,
        BirthDate = CitizenIdNumber.BirthDate(idNumber),
        Sex = CitizenIdNumber.Sex(idNumber) == 'M' ? "M" : "F",
        RegionCode = idNumber[..6],
    };

    private static Organization OrganizationOf(string uscc) => new()
    {
        Uscc = uscc,
        EntityTypeCode = uscc[..2],
        RegionCode = uscc[2..8],
    };
}
