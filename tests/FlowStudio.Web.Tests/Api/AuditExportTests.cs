using System.Globalization;
using CsvHelper;
using FlowStudio.Core.Auditing;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Web.Tests.Api;

public sealed class AuditExportTests(FlowStudioAppFactory app) : IClassFixture<FlowStudioAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Export_FilteredByAction_ReturnsOnlyMatchingRowsAsCsv()
    {
        using var client = app.CreateBrowserClient();
        await BrowserSession.SignInAsync(client, FlowStudioAppFactory.AdminEmail, FlowStudioAppFactory.AdminPassword);
        await app.Services.GetRequiredService<AuditLog>().RecordAsync(
            new AuditActor("x", "csv.tester@example.com", null),
            new AuditRecord("test.csv", "Summary with, a comma and \"quotes\"", "Invoice", "INV-1"), Ct);

        var response = await client.GetAsync(new Uri("/admin/audit/export?action=test.csv", UriKind.Relative), Ct);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName!.ShouldContain("flowstudio-audit-");
        using var reader = new StringReader(await response.Content.ReadAsStringAsync(Ct));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        var row = rows.ShouldHaveSingleItem();
        row["Action"].ShouldBe("test.csv");
        row["Summary"].ShouldBe("Summary with, a comma and \"quotes\"");
        row["Actor"].ShouldBe("csv.tester@example.com");
    }

    [Fact]
    public async Task Export_NoFilter_IncludesOwnSignIn()
    {
        using var client = app.CreateBrowserClient();
        await BrowserSession.SignInAsync(client, FlowStudioAppFactory.AdminEmail, FlowStudioAppFactory.AdminPassword);

        var bytes = await client.GetByteArrayAsync(new Uri("/admin/audit/export", UriKind.Relative), Ct);

        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "a UTF-8 byte order mark, so Excel reads names with accents correctly");
        var body = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        body.ShouldStartWith("OccurredAtUtc,Actor,ActorId,Action");
        body.ShouldContain($"{AuditActions.SignInSucceeded},User");
    }
}
