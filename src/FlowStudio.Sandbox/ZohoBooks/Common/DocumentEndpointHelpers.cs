using FlowStudio.Sandbox.ZohoBooks.Contacts;
using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;

namespace FlowStudio.Sandbox.ZohoBooks.Common;

public static class DocumentEndpointHelpers
{
    public static readonly IReadOnlyDictionary<string, Func<TransactionDocument, IComparable?>> SortColumns =
        new Dictionary<string, Func<TransactionDocument, IComparable?>>(StringComparer.Ordinal)
        {
            ["date"] = d => d.Date, ["number"] = d => d.Number, ["total"] = d => d.Total,
            ["customer_name"] = d => d.ContactName, ["vendor_name"] = d => d.ContactName,
            ["created_time"] = d => d.CreatedTime, ["last_modified_time"] = d => d.LastModifiedTime,
        };

    /// <summary>Filters, sorts and pages any transaction list the same way Zoho does.</summary>
    public static ZohoPage<Dictionary<string, object?>> List<T>(
        ZohoListQuery query,
        IEnumerable<T> documents,
        string contactPrefix,
        string reportName,
        Func<T, string> status,
        Func<T, Dictionary<string, object?>> project)
        where T : TransactionDocument
    {
        var statusFilter = query.Get("status");
        var search = query.Get("search_text");
        var matching = documents.Where(d =>
            (statusFilter is null || status(d) == statusFilter)
            && query.Id(d.ContactId, contactPrefix + "_id")
            && query.Text(d.ContactName, contactPrefix + "_name")
            && query.Text(d.ReferenceNumber, "reference_number")
            && query.Date(d.Date, "date")
            && (search is null || new[] { d.Number, d.ReferenceNumber, d.ContactName }.Any(v => v?.Contains(search, StringComparison.OrdinalIgnoreCase) == true)));
        var (sorted, column, order) = query.Sort<TransactionDocument>(matching, SortColumns, "created_time");
        return query.Page(sorted.Cast<T>().Select(project), reportName, query.Get("filter_by") ?? "Status.All", column, order);
    }

    /// <summary>Fills the fields every created transaction shares and computes its totals.</summary>
    public static async Task InitializeAsync(
        ZohoSandboxDbContext db,
        TransactionDocument document,
        DocumentRequest body,
        string contactField,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var contact = await ContactLookup.RequireAsync(db, contactField == "vendor_id" ? body.VendorId : body.CustomerId, contactField, cancellationToken);
        if (body.ReferenceNumber is { Length: > 100 })
        {
            throw ZohoApiException.InvalidValue("reference_number");
        }

        document.Id = await db.NextIdAsync(cancellationToken);
        document.ContactId = contact.Id;
        document.ContactName = contact.ContactName;
        document.CurrencyCode = contact.CurrencyCode;
        document.Date = body.Date ?? time.Today();
        document.ReferenceNumber = body.ReferenceNumber;
        document.Notes = body.Notes;
        document.IsInclusiveTax = body.IsInclusiveTax ?? false;
        document.CustomFields = body.CustomFields ?? [];
        document.CreatedTime = time.GetUtcNow();
        document.LastModifiedTime = document.CreatedTime;
        await LineItemCalculator.ApplyAsync(db, document, body.LineItems, cancellationToken);
    }
}
