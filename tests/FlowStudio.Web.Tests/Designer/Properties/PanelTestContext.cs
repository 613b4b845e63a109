using System.Collections.Immutable;
using Bunit;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Expressions;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace FlowStudio.Web.Tests.Designer.Properties;

/// <summary>bUnit context for the properties panel: MudBlazor, the built-in catalog plus a few connector operations, the real expression engine.</summary>
public sealed class PanelTestContext : BunitContext
{
    public PanelTestContext(Action<IServiceCollection>? configure = null)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<INodeCatalog>(Catalog);
        Services.AddSingleton(new ExpressionEngine(TimeProvider.System));
        configure?.Invoke(Services);
    }

    public NodeCatalog Catalog { get; } = CreateCatalog();

    public static ConnectorOperationDescriptor CreateInvoice { get; } = new()
    {
        Connector = "zoho-books",
        Operation = "invoices.create",
        DisplayName = "Create invoice",
        Description = "Creates a draft invoice for a customer.",
        Kind = ConnectorOperationKind.Action,
        Inputs =
        [
            new("customer_id", "Customer", ConfigFieldType.Text) { Required = true, HelpText = "Zoho contact id." },
            new("total", "Total", ConfigFieldType.Number) { Required = true },
            new("notes", "Notes", ConfigFieldType.Text),
        ],
        Output = new ConnectorOutputShape("invoice", false, [new("invoice_id", "text"), new("total", "decimal"), new("paid", "boolean")]),
    };

    public static ConnectorOperationDescriptor GetInvoice { get; } = new()
    {
        Connector = "zoho-books",
        Operation = "invoices.get",
        DisplayName = "Get invoice",
        Description = "Reads one invoice by id.",
        Inputs = [new("invoice_id", "Invoice", ConfigFieldType.Text) { Required = true }],
        Output = new ConnectorOutputShape("invoice", false, [new("invoice_id", "text"), new("total", "decimal"), new("line_items", "list")]),
    };

    public static ConnectorOperationDescriptor ListContacts { get; } = new()
    {
        Connector = "zoho-books",
        Operation = "contacts.list",
        DisplayName = "List contacts",
        Description = "Pages through contacts, newest first.",
        Output = new ConnectorOutputShape("contact", true, [new("contact_id", "text"), new("email", "text")]),
    };

    public static ConnectorOperationDescriptor CreateRefund { get; } = new()
    {
        Connector = "stripe",
        Operation = "refunds.create",
        DisplayName = "Create refund",
        Description = "Refunds a charge in full or in part.",
        Kind = ConnectorOperationKind.Action,
        Inputs = [new("charge", "Charge", ConfigFieldType.Text) { Required = true }],
    };

    private static NodeCatalog CreateCatalog()
    {
        var catalog = NodeCatalog.CreateBuiltIn();
        foreach (var operation in ImmutableArray.Create(CreateInvoice, GetInvoice, ListContacts, CreateRefund))
        {
            catalog.AddOperation(operation);
        }

        return catalog;
    }
}
