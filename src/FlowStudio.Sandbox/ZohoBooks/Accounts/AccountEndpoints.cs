using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.ZohoBooks.Accounts;

public static class AccountEndpoints
{
    private static readonly Dictionary<string, Func<Account, IComparable?>> SortColumns = new(StringComparer.Ordinal)
    {
        ["account_name"] = a => a.AccountName, ["account_type"] = a => a.AccountType, ["account_code"] = a => a.AccountCode,
    };

    public static void MapAccounts(this RouteGroupBuilder api)
    {
        api.MapGet("/chartofaccounts", ListAsync).WithName("ZohoSandboxListAccounts");
        api.MapGet("/chartofaccounts/{accountId}", GetAsync).WithName("ZohoSandboxGetAccount");
    }

    public static async Task<IResult> ListAsync(HttpRequest request, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var query = new ZohoListQuery(request.Query);
        var filter = query.Get("filter_by") ?? "AccountType.All";
        var accounts = await db.Accounts.AsNoTracking().ToListAsync(cancellationToken);
        var matching = accounts.Where(a => filter switch
        {
            "AccountType.All" => true,
            "AccountType.Active" => a.IsActive,
            "AccountType.Inactive" => !a.IsActive,
            "AccountType.Asset" => a.AccountType is "cash" or "bank" or "accounts_receivable" or "other_current_asset" or "fixed_asset",
            "AccountType.Liability" => a.AccountType is "accounts_payable" or "credit_card" or "other_current_liability" or "long_term_liability",
            "AccountType.Equity" => a.AccountType == "equity",
            "AccountType.Income" => a.AccountType is "income" or "other_income",
            "AccountType.Expense" => a.AccountType is "expense" or "cost_of_goods_sold" or "other_expense",
            _ => throw ZohoApiException.InvalidValue("filter_by"),
        } && (query.Get("account_type") is not { } type || a.AccountType == type));
        var (sorted, column, order) = query.Sort(matching, SortColumns, "account_name", "A");
        return ZohoResults.List("chartofaccounts", query.Page(sorted.Select(Project), "Chart of Accounts", filter, column, order));
    }

    public static async Task<IResult> GetAsync(string accountId, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FindAsync([ZohoIds.Parse(accountId, "account_id")], cancellationToken) ?? throw ZohoApiException.NotFound("Account");
        return ZohoResults.Ok("success", "account", Project(account));
    }

    private static Dictionary<string, object?> Project(Account a) => new()
    {
        ["account_id"] = ZohoJson.Id(a.Id),
        ["account_name"] = a.AccountName,
        ["account_code"] = a.AccountCode,
        ["account_type"] = a.AccountType,
        ["is_active"] = a.IsActive,
        ["parent_account_id"] = a.ParentAccountId is { } parent ? ZohoJson.Id(parent) : string.Empty,
        ["description"] = a.Description,
    };
}
