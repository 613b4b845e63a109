using System.Globalization;
using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.ZohoBooks.Journals;

public static class JournalEndpoints
{
    private static readonly Dictionary<string, Func<Journal, IComparable?>> SortColumns = new(StringComparer.Ordinal)
    {
        ["journal_date"] = j => j.JournalDate, ["entry_number"] = j => j.Id, ["reference_number"] = j => j.ReferenceNumber, ["total"] = j => j.Total,
    };

    public static void MapJournals(this RouteGroupBuilder api)
    {
        api.MapGet("/journals", ListAsync).WithName("ZohoSandboxListJournals");
        api.MapGet("/journals/{journalId}", GetAsync).WithName("ZohoSandboxGetJournal");
        api.MapPost("/journals", CreateAsync).WithName("ZohoSandboxCreateJournal");
    }

    public static async Task<IResult> ListAsync(HttpRequest request, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var query = new ZohoListQuery(request.Query);
        var journals = await db.Journals.AsNoTracking().ToListAsync(cancellationToken);
        var matching = journals.Where(j => query.Date(j.JournalDate, "date") && query.Text(j.ReferenceNumber, "reference_number") && query.Text(j.EntryNumber, "entry_number"));
        var (sorted, column, order) = query.Sort(matching, SortColumns, "journal_date");
        return ZohoResults.List("journals", query.Page(sorted.Select(j => Project(j, detail: false)), "Journals", query.Get("filter_by") ?? "JournalDate.All", column, order));
    }

    public static async Task<IResult> GetAsync(string journalId, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var journal = await db.Journals.FindAsync([ZohoIds.Parse(journalId, "journal_id")], cancellationToken) ?? throw ZohoApiException.NotFound("Journal");
        return ZohoResults.Ok("success", "journal", Project(journal, detail: true));
    }

    public static async Task<IResult> CreateAsync(HttpRequest request, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await ZohoBody.ReadAsync<JournalRequest>(request, cancellationToken);
        var lines = body.LineItems ?? [];
        if (lines.Count < 2)
        {
            throw ZohoApiException.Missing("line_items");
        }

        var accounts = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.Id, cancellationToken);
        foreach (var line in lines)
        {
            var account = accounts.GetValueOrDefault(ZohoIds.Parse(line.AccountId ?? throw ZohoApiException.Missing("account_id"), "account_id"))
                ?? throw ZohoApiException.InvalidValue("account_id");
            if (line.DebitOrCredit is not ("debit" or "credit"))
            {
                throw ZohoApiException.InvalidValue("debit_or_credit");
            }

            if (line.Amount is not { } amount || amount <= 0m || decimal.Round(amount, 2) != amount)
            {
                throw ZohoApiException.InvalidValue("amount");
            }

            line.AccountName = account.AccountName;
            line.LineId = ZohoJson.Id(await db.NextIdAsync(cancellationToken));
        }

        var debits = lines.Where(l => l.DebitOrCredit == "debit").Sum(l => l.Amount!.Value);
        var credits = lines.Where(l => l.DebitOrCredit == "credit").Sum(l => l.Amount!.Value);
        if (debits != credits)
        {
            throw ZohoApiException.Rule(
                ZohoErrorCodes.JournalNotBalanced,
                string.Create(CultureInfo.InvariantCulture, $"Please ensure that the debits and credits are equal. Debits: {debits}, credits: {credits}."));
        }

        var journal = new Journal
        {
            Id = await db.NextIdAsync(cancellationToken),
            EntryNumber = (await db.NextAsync("journal", cancellationToken)).ToString(CultureInfo.InvariantCulture),
            JournalDate = body.JournalDate ?? time.Today(),
            ReferenceNumber = body.ReferenceNumber,
            Notes = body.Notes,
            JournalType = body.JournalType ?? "both",
            Status = body.Status is "draft" ? "draft" : "published",
            Total = debits,
            LineItems = lines,
            CreatedTime = time.GetUtcNow(),
        };
        db.Journals.Add(journal);
        await db.SaveChangesAsync(cancellationToken);
        return ZohoResults.Created("The journal entry has been created.", "journal", Project(journal, detail: true));
    }

    private static Dictionary<string, object?> Project(Journal j, bool detail)
    {
        var json = new Dictionary<string, object?>
        {
            ["journal_id"] = ZohoJson.Id(j.Id),
            ["entry_number"] = j.EntryNumber,
            ["journal_date"] = ZohoJson.Date(j.JournalDate),
            ["reference_number"] = j.ReferenceNumber,
            ["notes"] = j.Notes,
            ["journal_type"] = j.JournalType,
            ["status"] = j.Status,
            ["total"] = j.Total,
            ["created_time"] = ZohoJson.Timestamp(j.CreatedTime),
        };
        if (detail)
        {
            json["line_items"] = j.LineItems;
        }

        return json;
    }
}
