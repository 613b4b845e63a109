using System.Collections.Immutable;
using FlowStudio.Core.Catalog;

namespace FlowStudio.Connectors.Salesforce;

/// <summary>
/// Salesforce's operations: a SOQL query (a list, streamable, used by the closed-won poll trigger on SystemModstamp) and
/// get and update of Opportunity, Account and Contact. An update sets fields to given values, so repeating it is harmless.
/// </summary>
public static class SalesforceOperations
{
    public const string Query = "query";

    /// <summary>Records a query step returns when no <c>limit</c> is mapped; a for-each over its <c>stream</c> reads them all.</summary>
    public const int DefaultLimit = 200;

    public const int MaxLimit = 2000;

    /// <summary>Operation prefix → sObject, for the get and update operations.</summary>
    public static readonly IReadOnlyDictionary<string, string> Objects = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["opportunities"] = "Opportunity",
        ["accounts"] = "Account",
        ["contacts"] = "Contact",
    };

    private static readonly Dictionary<string, string[]> Fields = new(StringComparer.Ordinal)
    {
        ["Opportunity"] = ["Id", "Name", "AccountId", "Amount:decimal", "CloseDate:date", "StageName", "IsClosed:boolean", "IsWon:boolean", "CurrencyIsoCode", "OwnerId", "SystemModstamp:datetime"],
        ["Account"] = ["Id", "Name", "AccountNumber", "Type", "Industry", "Phone", "BillingCity", "BillingCountry", "CurrencyIsoCode", "SystemModstamp:datetime"],
        ["Contact"] = ["Id", "FirstName", "LastName", "Name", "Email", "Phone", "AccountId", "MailingCity", "MailingCountry", "SystemModstamp:datetime"],
    };

    public static ImmutableArray<ConnectorOperationDescriptor> All { get; } =
    [
        new()
        {
            Connector = SalesforceConnectionSettings.Connector,
            Operation = Query,
            DisplayName = "Query records (SOQL)",
            Description = "Runs a SOQL query, e.g. SELECT Id, Name, Amount, (SELECT Quantity, UnitPrice FROM OpportunityLineItems) FROM Opportunity WHERE IsWon = true AND SystemModstamp > {watermark} ORDER BY SystemModstamp.",
            Kind = ConnectorOperationKind.DataSource,
            Idempotency = IdempotencyStrategy.ReadOnly,
            Output = ConnectorOutputShape.ListIn("record", "records", [new("Id", "text"), new("SystemModstamp", "datetime")],
                new("count", "number"), new("has_more", "boolean"), new("total_size", "number"), new("stream", "object")),
            Inputs =
            [
                new("soql", "SOQL query", ConfigFieldType.Text) { Required = true, HelpText = "Datetime literals are unquoted (2025-01-10T00:00:00Z); order by a stable field for paging." },
                new("limit", "Maximum records", ConfigFieldType.Number)
                {
                    Minimum = 1,
                    Maximum = MaxLimit,
                    DefaultValue = DefaultLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    HelpText = $"At most this many records (default {DefaultLimit}); loop over 'stream' to read every record, batch by batch.",
                },
            ],
        },
        .. Objects.SelectMany(o => new[] { Get(o.Key, o.Value), Update(o.Key, o.Value) }),
    ];

    private static ConnectorOperationDescriptor Get(string prefix, string sobject) => new()
    {
        Connector = SalesforceConnectionSettings.Connector,
        Operation = prefix + ".get",
        DisplayName = $"Get {Label(sobject)}",
        Description = $"One {sobject} by id, with all its fields or those listed.",
        Kind = ConnectorOperationKind.DataSource,
        Idempotency = IdempotencyStrategy.ReadOnly,
        Output = Shape(sobject),
        Inputs = [Id(sobject), new("fields", "Fields", ConfigFieldType.Text) { HelpText = "Comma-separated API names; empty returns every field." }],
    };

    private static ConnectorOperationDescriptor Update(string prefix, string sobject) => new()
    {
        Connector = SalesforceConnectionSettings.Connector,
        Operation = prefix + ".update",
        DisplayName = $"Update {Label(sobject)}",
        Description = $"Sets the given fields on one {sobject} (PATCH); other fields are left as they are.",
        Kind = ConnectorOperationKind.Action,
        Idempotency = IdempotencyStrategy.Naturally,
        Output = new ConnectorOutputShape("result", false, [new("id", "text"), new("updated_fields", "list")]),
        Inputs =
        [
            Id(sobject),
            new("fields", "Fields to set", ConfigFieldType.Expression)
            {
                Required = true,
                HelpText = "An object of API names and values, e.g. { \"Invoice_Number__c\": \"INV-000123\" }.",
            },
        ],
    };

    private static ConfigFieldDescriptor Id(string sobject) => new("id", $"{sobject} id", ConfigFieldType.Text) { Required = true, HelpText = "15- or 18-character Salesforce id." };

    private static ConnectorOutputShape Shape(string sobject) =>
        new(sobject, false, [.. Fields[sobject].Select(f => f.Split(':') is [var name, var type] ? new ConnectorOutputField(name, type) : new ConnectorOutputField(f, "text"))]);

    private static string Label(string sobject) => sobject.ToLowerInvariant() switch { "opportunity" => "opportunity", "account" => "account", _ => "contact" };
}
