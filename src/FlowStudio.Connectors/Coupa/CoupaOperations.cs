using System.Collections.Immutable;
using FlowStudio.Connectors.Kit;
using FlowStudio.Core.Catalog;
using static FlowStudio.Connectors.Kit.OperationDeclarer;

namespace FlowStudio.Connectors.Coupa;

/// <summary>
/// Coupa's supplier operations, declared once. Ids are <c>coupa.suppliers.{verb}</c>. Records keep Coupa's hyphenated
/// keys (<c>display-name</c>, <c>updated-at</c>), so a poll trigger reads <c>id</c> and <c>updated-at</c> as they come.
/// Marking exported sets a flag, so repeating it is harmless (<see cref="IdempotencyStrategy.Naturally"/>).
/// </summary>
public static class CoupaOperations
{
    public const string ListSuppliers = "suppliers.list";
    public const string GetSupplier = "suppliers.get";
    public const string MarkSupplierExported = "suppliers.mark_exported";

    /// <summary>Suppliers a list step returns when no <c>limit</c> is mapped; a for-each over its <c>stream</c> reads them all.</summary>
    public const int DefaultLimit = 50;

    public const int MaxLimit = 1000;

    public static readonly IReadOnlyList<string> Statuses = ["active", "inactive", "onboarding"];

    private static readonly string[] SupplierFields =
    [
        "id:number", "name", "display-name", "number", "status", "po-method", "tax-id", "payment-term:object", "primary-contact:object",
        "primary-address:object", "exported:boolean", "created-at:datetime", "updated-at:datetime",
    ];

    private static readonly Lazy<ImmutableArray<ConnectorOperationDescriptor>> Declared = new(Declare);

    public static ImmutableArray<ConnectorOperationDescriptor> All => Declared.Value;

    private static ImmutableArray<ConnectorOperationDescriptor> Declare()
    {
        var d = new OperationDeclarer(CoupaConnectionSettings.Connector);
        return
        [
            d.Read(
                ListSuppliers,
                "List suppliers",
                "Suppliers by status, name, change time and export state, oldest change first (Coupa pages of 50 are followed). "
                    + "Poll new or changed suppliers with updated_after = {watermark}, exported = false and cursor field updated-at.",
                ConnectorOutputShape.ListIn("supplier", "suppliers", Many("supplier", SupplierFields).Fields,
                    new("count", "number"), new("has_more", "boolean"), new("stream", "object")),
                new ConfigFieldDescriptor("status", "Status", ConfigFieldType.Select)
                {
                    Options = [new("active", "Active"), new("inactive", "Inactive"), new("onboarding", "Onboarding")],
                    HelpText = "Empty lists every status.",
                },
                Text("name_contains", "Name contains"),
                Text("updated_after", "Changed after", help: "ISO 8601 date-time (updated-at[gt]); empty reads from the start, so a first poll with an empty {watermark} reads everything."),
                Text("updated_before", "Changed before", help: "ISO 8601 date-time (updated-at[lt])."),
                new ConfigFieldDescriptor("exported", "Export state", ConfigFieldType.Select)
                {
                    Options = [new("false", "Not yet exported"), new("true", "Already exported")],
                    HelpText = "Empty lists both.",
                },
                new ConfigFieldDescriptor("limit", "Maximum suppliers", ConfigFieldType.Number)
                {
                    Minimum = 1,
                    Maximum = MaxLimit,
                    DefaultValue = DefaultLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    HelpText = $"At most this many (default {DefaultLimit}); has_more says whether more matched. Loop over 'stream' to read them all.",
                },
                new ConfigFieldDescriptor("offset", "Skip", ConfigFieldType.Number) { Minimum = 0, DefaultValue = "0", HelpText = "Matching suppliers to skip first (Coupa's offset)." }),
            d.Read(GetSupplier, "Get supplier", "One supplier by its Coupa id.", One("supplier", SupplierFields), Text("id", "Supplier id", required: true, help: "Coupa's numeric id.")),
            d.Write(
                MarkSupplierExported,
                "Mark supplier exported",
                "Sets exported = true on one supplier (PUT /api/suppliers/{id}?exported=true) so the next poll with exported = false skips it. Repeating it is harmless.",
                IdempotencyStrategy.Naturally,
                One("supplier", SupplierFields),
                Text("id", "Supplier id", required: true, help: "Coupa's numeric id, e.g. from the poll's record.id.")),
        ];
    }
}
