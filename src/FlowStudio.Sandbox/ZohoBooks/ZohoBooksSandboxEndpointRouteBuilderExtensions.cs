using FlowStudio.Sandbox.ZohoBooks.Accounts;
using FlowStudio.Sandbox.ZohoBooks.Admin;
using FlowStudio.Sandbox.ZohoBooks.Auth;
using FlowStudio.Sandbox.ZohoBooks.Bills;
using FlowStudio.Sandbox.ZohoBooks.Contacts;
using FlowStudio.Sandbox.ZohoBooks.CreditNotes;
using FlowStudio.Sandbox.ZohoBooks.Estimates;
using FlowStudio.Sandbox.ZohoBooks.Expenses;
using FlowStudio.Sandbox.ZohoBooks.Http;
using FlowStudio.Sandbox.ZohoBooks.Invoices;
using FlowStudio.Sandbox.ZohoBooks.Items;
using FlowStudio.Sandbox.ZohoBooks.Journals;
using FlowStudio.Sandbox.ZohoBooks.Organizations;
using FlowStudio.Sandbox.ZohoBooks.Payments;
using FlowStudio.Sandbox.ZohoBooks.PurchaseOrders;
using FlowStudio.Sandbox.ZohoBooks.Reports;
using FlowStudio.Sandbox.ZohoBooks.SalesOrders;
using FlowStudio.Sandbox.ZohoBooks.SalesReceipts;
using FlowStudio.Sandbox.ZohoBooks.Taxes;
using FlowStudio.Sandbox.ZohoBooks.VendorPayments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FlowStudio.Sandbox.ZohoBooks;

public static class ZohoBooksSandboxEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Mounts the accounts server and the Books API (anonymous to ASP.NET Core: they authenticate by Zoho
    /// token, like the real API) and the admin endpoints, which require <paramref name="adminPolicy"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapZohoBooksSandbox(this IEndpointRouteBuilder routes, string adminPolicy)
    {
        routes.MapZohoAccounts();

        var api = routes.MapGroup(ZohoSandboxDemo.BooksPath)
            .AllowAnonymous()
            .DisableAntiforgery()
            .AddEndpointFilter<ZohoApiFilter>()
            .WithTags("Zoho Books sandbox");
        api.MapOrganizations();
        api.MapContacts();
        api.MapInvoices();
        api.MapCustomerPayments();
        api.MapSalesReceipts();
        api.MapEstimates();
        api.MapSalesOrders();
        api.MapBills();
        api.MapVendorPayments();
        api.MapExpenses();
        api.MapCreditNotes();
        api.MapPurchaseOrders();
        api.MapAccounts();
        api.MapItems();
        api.MapTaxes();
        api.MapJournals();
        api.MapReports();

        routes.MapGroup(ZohoSandboxDemo.ApiDomainPath + "/_admin")
            .RequireAuthorization(adminPolicy)
            .WithTags("Zoho Books sandbox admin")
            .MapZohoAdmin();
        return routes;
    }
}
