using FlowStudio.Core.Auditing;
using FlowStudio.Infrastructure.ApiTokens;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Identity;
using FlowStudio.Infrastructure.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.ApiTokens;

public sealed class PersonalAccessTokensTests : IAsyncLifetime
{
    private SqliteServices services = default!;
    private PersonalAccessTokens tokens = default!;
    private ApplicationUser admin = default!;
    private AuditActor actor = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        services = await SqliteServices.StartAsync();
        tokens = services.Services.GetRequiredService<PersonalAccessTokens>();
        await using var scope = services.Services.CreateAsyncScope();
        admin = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync("admin@flowstudio.local"))!;
        actor = new AuditActor(admin.Id, admin.Email!, null);
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    [Fact]
    public async Task Create_StoresOnlyAHash_AndTheSecretValidates()
    {
        var created = await tokens.CreateAsync(admin.Id, "Export script", null, actor, Ct);

        created.Secret.ShouldStartWith(PersonalAccessTokens.SecretPrefix);
        created.Secret.Length.ShouldBe(44);
        (await tokens.ValidateAsync(created.Secret, Ct)).ShouldNotBeNull().Id.ShouldBe(admin.Id);

        var databaseBytes = await File.ReadAllBytesAsync(Path.Combine(services.DataDirectory, "flowstudio.db"), Ct);
        var walPath = Path.Combine(services.DataDirectory, "flowstudio.db-wal");
        var walBytes = File.Exists(walPath) ? await File.ReadAllBytesAsync(walPath, Ct) : [];
        var secretBytes = System.Text.Encoding.UTF8.GetBytes(created.Secret);
        databaseBytes.AsSpan().IndexOf(secretBytes).ShouldBe(-1, "the plaintext token is not in the database file");
        walBytes.AsSpan().IndexOf(secretBytes).ShouldBe(-1, "the plaintext token is not in the WAL");
    }

    [Fact]
    public async Task Validate_UnknownOrMalformedSecret_ReturnsNull()
    {
        (await tokens.ValidateAsync("fsp_notatoken", Ct)).ShouldBeNull();
        (await tokens.ValidateAsync("", Ct)).ShouldBeNull();
        (await tokens.ValidateAsync("ghp_" + new string('a', 40), Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task Revoke_OwnToken_StopsItValidatingAndIsAudited()
    {
        var created = await tokens.CreateAsync(admin.Id, "Temp", null, actor, Ct);

        (await tokens.RevokeAsync(admin.Id, created.Token.Id, actor, Ct)).ShouldBeTrue();

        (await tokens.ValidateAsync(created.Secret, Ct)).ShouldBeNull();
        (await tokens.ListAsync(admin.Id, Ct)).Single(t => t.Id == created.Token.Id).RevokedAt.ShouldNotBeNull();
        var audit = services.Services.GetRequiredService<AuditLog>();
        (await audit.SearchAsync(new AuditQuery(Action: AuditActions.TokenRevoked), Ct)).Items.ShouldHaveSingleItem()
            .TargetId.ShouldBe(created.Token.Id.ToString());
    }

    [Fact]
    public async Task Revoke_SomeoneElsesToken_IsRefused()
    {
        var created = await tokens.CreateAsync(admin.Id, "Mine", null, actor, Ct);

        (await tokens.RevokeAsync("another-user", created.Token.Id, actor, Ct)).ShouldBeFalse();
        (await tokens.ValidateAsync(created.Secret, Ct)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Validate_ExpiredToken_ReturnsNull()
    {
        var created = await tokens.CreateAsync(admin.Id, "Short", DateTimeOffset.UtcNow.AddMinutes(1), actor, Ct);
        await using (var db = services.CreateDbContext())
        {
            await db.Set<PersonalAccessToken>().Where(t => t.Id == created.Token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddSeconds(-1)), Ct);
        }

        (await tokens.ValidateAsync(created.Secret, Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task Validate_DisabledOwner_ReturnsNull()
    {
        await using var scope = services.Services.CreateAsyncScope();
        var admins = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        await admins.CreateAsync(new NewUser("script@flowstudio.local", "Script", "Designer", "Script-Owner-Pass-1"), actor, Ct);
        var owner = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync("script@flowstudio.local"))!;
        var created = await tokens.CreateAsync(owner.Id, "Nightly", null, actor, Ct);

        await admins.SetDisabledAsync(owner.Id, true, actor, Ct);

        (await tokens.ValidateAsync(created.Secret, Ct)).ShouldBeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Create_BlankName_IsRejected(string name)
    {
        var error = await Should.ThrowAsync<ArgumentException>(() => tokens.CreateAsync(admin.Id, name, null, actor, Ct));

        error.Message.ShouldContain("name");
        (await tokens.ListAsync(admin.Id, Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_ExpiryInThePast_IsRejected()
    {
        await Should.ThrowAsync<ArgumentException>(() => tokens.CreateAsync(admin.Id, "Old", DateTimeOffset.UtcNow.AddDays(-1), actor, Ct));
    }

    [Fact]
    public async Task Validate_RecordsLastUse()
    {
        var created = await tokens.CreateAsync(admin.Id, "Used", null, actor, Ct);

        await tokens.ValidateAsync(created.Secret, Ct);

        (await tokens.ListAsync(admin.Id, Ct)).Single().LastUsedAt.ShouldNotBeNull();
    }
}
