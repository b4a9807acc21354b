using Hub.GraphQL.Data.Filtering;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Scalars;
using Hub.Server.Schema.Administration;
using Hub.Server.Schema.SharedData;
using Hub.Server.Schema.Supervision;
using Hub.Server.Schema.System;
using Hub.Server.Schema.Users;

namespace Hub.Server.Schema;

/// <summary>
/// Builds the hub's GraphQL schema: the root declaration in <c>HubSchema.graphql</c> plus every area's module.
/// A new area adds its module to <see cref="Modules"/> with one line.
/// </summary>
public static class HubSchemaFactory
{
    private static readonly IHubSchemaModule[] Modules =
    [
        new SystemSchemaModule(),
        new AgencyDirectorySchemaModule(),
        new AdministrationQuerySchemaModule(),
        new AdministrationMutationSchemaModule(),
        new UserAdministrationSchemaModule(),
        new SharedDataSchemaModule(),
        new SupervisionSchemaModule(),
    ];

    /// <summary>The hub's schema, its filters bounded by <paramref name="filterLimits"/> (<see cref="FilterLimits.Default"/> if null).</summary>
    public static GraphQL.Types.Schema Create(FilterLimits? filterLimits = null)
    {
        var builder = SchemaBuilder.New().AddSdl(EmbeddedSdl.Read("HubSchema.graphql"));
        builder.Convention<FilteringConvention>().Limits = filterLimits ?? FilterLimits.Default;

        // The root SDL declares the HotChocolate scalars the areas share (Date, DateTime, Decimal, Long, UUID, JSON); these implement them.
        foreach (var scalar in HotChocolateScalars.Create())
        {
            builder.AddScalar(scalar);
        }

        foreach (var module in Modules)
        {
            builder.AddSdl(EmbeddedSdl.Read(module.SdlFile));
            module.BindResolvers(builder);
        }

        return builder.Build();
    }
}
