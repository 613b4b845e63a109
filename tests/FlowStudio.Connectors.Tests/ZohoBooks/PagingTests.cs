using FlowStudio.Connectors.Tests.ZohoBooks.Support;

namespace FlowStudio.Connectors.Tests.ZohoBooks;

public sealed class PagingTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListInvoices_AcrossSmallPages_StreamsEveryInvoiceOnce()
    {
        await using var harness = new ZohoClientHarness(fixture.Sandbox, o => o.PageSize = 40);

        var invoices = await harness.Client.ListInvoicesAsync(cancellationToken: Ct).ToListAsync(Ct);
        var pages = harness.ApiCalls.Count(c => c.Uri.AbsolutePath.EndsWith("/invoices", StringComparison.Ordinal));

        invoices.Count.ShouldBeGreaterThan(250);
        invoices.Select(i => i.InvoiceId).Distinct().Count().ShouldBe(invoices.Count);
        pages.ShouldBe((invoices.Count / 40) + 1);
        harness.ApiCalls.ShouldAllBe(c => c.Uri.Query.Contains("per_page=40", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListInvoices_StoppingEarly_FetchesOnlyThePagesConsumed()
    {
        await using var harness = new ZohoClientHarness(fixture.Sandbox, o => o.PageSize = 25);

        var first30 = await harness.Client.ListInvoicesAsync(cancellationToken: Ct).Take(30).ToListAsync(Ct);

        first30.Count.ShouldBe(30);
        harness.ApiCalls.Count.ShouldBe(2);
    }

    [Fact]
    public async Task ListInvoicesPage_ReportsHasMorePage()
    {
        var first = await fixture.Harness.Client.ListInvoicesPageAsync(1, 10, Ct);
        var far = await fixture.Harness.Client.ListInvoicesPageAsync(1000, 10, Ct);

        first.Items.Count.ShouldBe(10);
        first.HasMorePage.ShouldBeTrue();
        far.Items.ShouldBeEmpty();
        far.HasMorePage.ShouldBeFalse();
    }
}
