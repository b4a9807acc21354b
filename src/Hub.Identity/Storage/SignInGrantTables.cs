using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace Hub.Identity.Storage;

/// <summary>
/// OpenIddict's EF Core entities in the identity schema, named like the hub's other tables. Only the authorizations and
/// tokens are written (the grants of people who sign in: authorization codes and refresh tokens); the applications and
/// scopes tables exist because OpenIddict's token entity refers to them, and stay empty: clients and scopes are the
/// hub's own (README.md, "People sign in").
/// </summary>
public static class SignInGrantTables
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.UseOpenIddict();
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable("openiddict_applications");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("openiddict_authorizations");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("openiddict_scopes");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("openiddict_tokens");
    }
}
