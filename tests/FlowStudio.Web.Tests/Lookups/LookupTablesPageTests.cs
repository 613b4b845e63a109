using FlowStudio.Core.Auditing;
using Bunit;
using FlowStudio.Core.Lookups;
using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Lookups;
using FlowStudio.Web.Components.Pages.Lookups;
using FlowStudio.Web.Tests.Support;
using MudBlazor;

namespace FlowStudio.Web.Tests.Lookups;

public sealed class LookupTablesPageTests
{
    private static readonly AuditActor Seeder = new("seed", "seed@flowstudio.local", null);

    private static LookupPageContext As(string role) => new(FixedAuthenticationStateProvider.Person("u1", $"{role.ToLowerInvariant()}@flowstudio.local", role));

    private static IRenderedComponent<LookupTables> RenderPage(LookupPageContext context)
    {
        context.Render<MudPopoverProvider>();
        context.Render<MudSnackbarProvider>();
        return context.Render<LookupTables>();
    }

    private static Task<LookupCommandResult> SeedAsync(LookupPageContext context) => context.Store.ImportCsvAsync(
        null, "payment_modes", new StringReader("method,mode\ncard,Credit card\nsepa_debit,Bank transfer\n"), new LookupTableOptions("method"), null, Seeder, cancellationToken: Xunit.TestContext.Current.CancellationToken);

    [Fact]
    public async Task Designer_ImportsPastedCsv_TableIsCreatedShownAndAudited()
    {
        await using var context = As(Roles.Designer);
        var page = RenderPage(context);
        page.Find("[data-testid=lookup-none]").TextContent.ShouldBe("No lookup tables yet.");

        page.Find("[data-testid=lookup-import-new]").Click();
        page.Find("input[data-testid=import-name]").Change("tax_codes");
        page.Find("input[data-testid=import-key]").Change("region");
        page.Find("textarea[data-testid=import-csv]").Change("region,code,rate\nUK,VAT20,20\nDE,MWST19,19\n");
        page.Find("[data-testid=import-run]").Click();

        page.WaitForAssertion(() => page.FindAll("[data-testid=lookup-item]").ShouldHaveSingleItem().TextContent.ShouldContain("2 rows · region → code, rate"));
        page.FindAll("[data-testid=lookup-cell-key]").Select(i => i.GetAttribute("value")).ShouldBe(["UK", "DE"]);
        page.FindAll("[data-testid=lookup-column]").Select(i => i.GetAttribute("value")).ShouldBe(["code", "rate"]);
        (await context.AuditAsync(AuditActions.LookupImported)).ShouldHaveSingleItem().ActorName.ShouldBe("designer@flowstudio.local");
    }

    [Fact]
    public async Task Designer_ImportsBadCsv_SeesEachProblemByRowAndNothingIsSaved()
    {
        await using var context = As(Roles.Designer);
        var page = RenderPage(context);

        page.Find("[data-testid=lookup-import-new]").Click();
        page.Find("input[data-testid=import-name]").Change("tax_codes");
        page.Find("input[data-testid=import-key]").Change("region");
        page.Find("textarea[data-testid=import-csv]").Change("region,code\nUK,VAT20\nUK,VAT5\n,X\n");
        page.Find("[data-testid=import-run]").Click();

        page.WaitForAssertion(() => page.FindAll("[data-testid=import-problem]").Select(p => p.TextContent).ShouldBe([
            "Row 3, column 'region': Duplicate key 'UK' (first on row 2).",
            "Row 4, column 'region': The key is empty.",
        ]));
        (await context.Store.ListAsync(Xunit.TestContext.Current.CancellationToken)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Designer_EditsCellAndSaves_NewRevisionIsStored()
    {
        await using var context = As(Roles.Designer);
        await SeedAsync(context);
        var page = RenderPage(context);

        page.Find("[data-testid=lookup-item]").Click();
        page.FindAll("[data-testid=lookup-cell]")[0].Change("Card");
        page.Find("[data-testid=lookup-add-row]").Click();
        page.FindAll("[data-testid=lookup-cell-key]")[2].Change("ach_debit");
        page.FindAll("[data-testid=lookup-cell]")[2].Change("ACH");
        page.Find("[data-testid=lookup-save]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=lookup-item]").TextContent.ShouldContain("3 rows"));
        var stored = (await context.Store.FindByNameAsync("payment_modes", Xunit.TestContext.Current.CancellationToken)).ShouldNotBeNull();
        stored.Summary.Revision.ShouldBe(2);
        stored.Document.Rows.Select(r => $"{r.Key}={r.Values["mode"]}").ShouldBe(["card=Card", "sepa_debit=Bank transfer", "ach_debit=ACH"]);
    }

    [Fact]
    public async Task Designer_SavesDuplicateKey_CellIsMarkedAndNothingChanges()
    {
        await using var context = As(Roles.Designer);
        await SeedAsync(context);
        var page = RenderPage(context);

        page.Find("[data-testid=lookup-item]").Click();
        page.FindAll("[data-testid=lookup-cell-key]")[1].Change("card");
        page.Find("[data-testid=lookup-save]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=lookup-row-problems]").TextContent.ShouldContain("Row 2, column 'method': Duplicate key 'card' (first on row 1)."));
        page.FindAll("[data-testid=lookup-row]")[1].QuerySelector(".cell-error").ShouldNotBeNull();
        (await context.Store.FindByNameAsync("payment_modes", Xunit.TestContext.Current.CancellationToken))!.Summary.Revision.ShouldBe(1);
    }

    [Fact]
    public async Task Viewer_ReadsButCannotEdit()
    {
        await using var context = As(Roles.Viewer);
        await SeedAsync(context);
        var page = RenderPage(context);

        page.Find("[data-testid=lookup-item]").Click();

        page.FindAll("[data-testid=lookup-cell-key]").Select(i => i.GetAttribute("value")).ShouldBe(["card", "sepa_debit"]);
        page.FindAll("[data-testid=lookup-cell-key]").ShouldAllBe(i => i.HasAttribute("readonly"));
        page.FindAll("[data-testid=lookup-save]").ShouldBeEmpty();
        page.FindAll("[data-testid=lookup-new]").ShouldBeEmpty();
        page.FindAll("[data-testid=lookup-add-row]").ShouldBeEmpty();
        page.Find("[data-testid=lookup-export]").GetAttribute("href")!.ShouldStartWith("data:text/csv");
    }

    [Fact]
    public async Task Export_LinkHoldsTheTableAsCsv()
    {
        await using var context = As(Roles.Admin);
        await SeedAsync(context);
        var page = RenderPage(context);

        page.Find("[data-testid=lookup-item]").Click();

        var href = page.Find("[data-testid=lookup-export]").GetAttribute("href")!;
        Uri.UnescapeDataString(href["data:text/csv;charset=utf-8,".Length..]).ReplaceLineEndings("\n")
            .ShouldBe("method,mode\ncard,Credit card\nsepa_debit,Bank transfer\n");
    }
}
