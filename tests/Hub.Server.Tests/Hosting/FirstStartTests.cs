using Hub.Data.Hosting;
using Hub.Supervision.Catalogue;
using Hub.Supervision.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.Hosting;

public sealed class FirstStartTests
{
    [Fact]
    public async Task A_fresh_start_creates_the_sqlite_file_and_imports_the_demo_data()
    {
        using var factory = new HubServerFactory(new Dictionary<string, string?> { ["Hub:SeedOnFirstStart"] = "true" });
        _ = factory.Services;

        Assert.True(File.Exists(Path.Combine(factory.DataFolder, "hub.db")));
        await using var context = factory.Services.GetRequiredService<HubDatabase>().CreateContext();
        Assert.True(await context.Persons.AnyAsync());
        await using var clues = SupervisionContext.Create(factory.Services.GetRequiredService<HubDatabase>().Options);
        var modelsWithClues = await clues.Clues.Select(c => c.ModelId).Distinct().ToListAsync();
        Assert.Equal(ModelCatalogue.All.Select(m => m.Id).Order(StringComparer.Ordinal), modelsWithClues.Order(StringComparer.Ordinal));
    }
}
