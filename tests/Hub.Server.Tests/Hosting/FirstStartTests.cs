using Hub.Data.Hosting;
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
    }
}
