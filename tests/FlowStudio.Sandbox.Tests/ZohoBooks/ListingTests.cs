using System.Net;

namespace FlowStudio.Sandbox.Tests.ZohoBooks;

public sealed class ListingTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task ListContacts_PagedBy20_WalksEveryContactOnceAndStopsOnLastPage()
    {
        var ids = new List<string>();
        var pages = 0;
        bool more;
        do
        {
            pages++;
            var response = await sandbox.Api.GetAsync("contacts", $"per_page=20&page={pages}");
            response.Status.ShouldBe(HttpStatusCode.OK);
            response.Code.ShouldBe(0);
            response.Message.ShouldBe("success");
            var context = response["page_context"];
            context["page"]!.GetValue<int>().ShouldBe(pages);
            context["per_page"]!.GetValue<int>().ShouldBe(20);
            ids.AddRange(response["contacts"].AsArray().Select(c => c!["contact_id"]!.GetValue<string>()));
            more = context["has_more_page"]!.GetValue<bool>();
        }
        while (more);

        ids.Count.ShouldBeGreaterThanOrEqualTo(60);
        ids.Distinct().Count().ShouldBe(ids.Count);
        pages.ShouldBe((ids.Count + 19) / 20);
    }

    [Fact]
    public async Task ListContacts_PerPageAbove200_IsCappedAt200()
    {
        var response = await sandbox.Api.GetAsync("invoices", "per_page=500");

        response["page_context"]["per_page"]!.GetValue<int>().ShouldBe(200);
        response["invoices"].AsArray().Count.ShouldBe(200);
        response["page_context"]["has_more_page"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task ListContacts_EmailFilter_MatchesNearDuplicatesIgnoringCase()
    {
        var response = await sandbox.Api.GetAsync("contacts", "email=billing@acme.com");

        response["contacts"].AsArray().Select(c => c!["contact_name"]!.GetValue<string>())
            .ShouldBe(["Acme Corp", "ACME Corporation"], ignoreOrder: true);
    }

    [Fact]
    public async Task ListContacts_CompanyNameContainsAndTaxNumber_FindTheCustomer()
    {
        var byCompany = await sandbox.Api.GetAsync("contacts", "company_name_contains=globex");
        var byVat = await sandbox.Api.GetAsync("contacts", "vat_reg_no=GB555000111");

        byCompany["contacts"].AsArray().Count.ShouldBe(2);
        byVat["contacts"].AsArray().Single()!["contact_name"]!.GetValue<string>().ShouldBe("Gringotts Advisory");
    }

    [Fact]
    public async Task ListContacts_StatusDuplicate_ReturnsOnlyContactsSharingAnEmail()
    {
        var response = await sandbox.Api.GetAsync("contacts", "filter_by=Status.Duplicate");
        var emails = response["contacts"].AsArray().Select(c => c!["email"]!.GetValue<string>().ToUpperInvariant()).ToList();

        emails.ShouldNotBeEmpty();
        emails.GroupBy(e => e).ShouldAllBe(g => g.Count() > 1);
    }

    [Fact]
    public async Task ListInvoices_StatusOverdue_ReturnsOnlyUnpaidPastDueInvoices()
    {
        var overdue = await sandbox.Api.ListAllAsync("invoices", "invoices", "status=overdue");
        var today = sandbox.Clock.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        overdue.ShouldNotBeEmpty();
        overdue.ShouldAllBe(i => string.CompareOrdinal(i["due_date"]!.GetValue<string>(), today) < 0 && i["balance"]!.GetValue<decimal>() > 0m);
    }

    [Fact]
    public async Task ListInvoices_CustomerAndDateRange_FiltersBoth()
    {
        var all = await sandbox.Api.ListAllAsync("invoices", "invoices");
        var customerId = all[0]["customer_id"]!.GetValue<string>();

        var filtered = await sandbox.Api.ListAllAsync("invoices", "invoices", $"customer_id={customerId}&date_start=2025-01-01&date_end=2025-06-30");

        filtered.ShouldAllBe(i => i["customer_id"]!.GetValue<string>() == customerId);
        filtered.ShouldAllBe(i => string.CompareOrdinal(i["date"]!.GetValue<string>(), "2025-01-01") >= 0
            && string.CompareOrdinal(i["date"]!.GetValue<string>(), "2025-06-30") <= 0);
        filtered.Count.ShouldBe(all.Count(i => i["customer_id"]!.GetValue<string>() == customerId
            && string.CompareOrdinal(i["date"]!.GetValue<string>(), "2025-01-01") >= 0
            && string.CompareOrdinal(i["date"]!.GetValue<string>(), "2025-06-30") <= 0));
    }

    [Fact]
    public async Task Seed_DemoOrganisation_HasTheAdvertisedVolumesAndEveryStatus()
    {
        var invoices = await sandbox.Api.ListAllAsync("invoices", "invoices");
        var customers = await sandbox.Api.ListAllAsync("contacts", "contacts", "contact_type=customer");
        var vendors = await sandbox.Api.ListAllAsync("contacts", "contacts", "contact_type=vendor");

        invoices.Count.ShouldBe(300);
        customers.Count.ShouldBeGreaterThanOrEqualTo(50);
        vendors.Count.ShouldBe(10);
        invoices.Select(i => i["status"]!.GetValue<string>()).Distinct()
            .ShouldBe(["draft", "sent", "overdue", "partially_paid", "paid", "void"], ignoreOrder: true);
        foreach (var path in new[] { "customerpayments", "bills", "expenses", "items", "settings/taxes", "chartofaccounts", "estimates", "salesorders", "creditnotes", "purchaseorders", "journals" })
        {
            var response = await sandbox.Api.GetAsync(path);
            response.Status.ShouldBe(HttpStatusCode.OK, path);
        }
    }

    [Fact]
    public async Task GetInvoice_UnknownId_Returns404WithCode1002()
    {
        var response = await sandbox.Api.GetAsync("invoices/460000999999999");

        response.Status.ShouldBe(HttpStatusCode.NotFound);
        response.Code.ShouldBe(1002);
    }

    [Fact]
    public async Task ListInvoices_UnknownSortColumn_Returns400NamingTheParameter()
    {
        var response = await sandbox.Api.GetAsync("invoices", "sort_column=colour");

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Message.ShouldContain("sort_column");
    }
}
