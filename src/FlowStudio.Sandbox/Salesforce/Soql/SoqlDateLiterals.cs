namespace FlowStudio.Sandbox.Salesforce.Soql;

/// <summary>
/// SOQL's relative date literals as ranges of whole days [start, end), in UTC (the sandbox org's time zone). Weeks
/// start on Sunday (en_US), quarters are calendar quarters. LAST_N_DAYS:n covers today and the n days before it;
/// NEXT_N_DAYS:n starts tomorrow.
/// </summary>
public static class SoqlDateLiterals
{
    private static readonly string[] Fixed =
    [
        "YESTERDAY", "TODAY", "TOMORROW", "LAST_WEEK", "THIS_WEEK", "NEXT_WEEK", "LAST_MONTH", "THIS_MONTH", "NEXT_MONTH",
        "LAST_90_DAYS", "NEXT_90_DAYS", "LAST_QUARTER", "THIS_QUARTER", "NEXT_QUARTER", "LAST_YEAR", "THIS_YEAR", "NEXT_YEAR",
    ];

    private static readonly string[] WithNumber =
    [
        "LAST_N_DAYS", "NEXT_N_DAYS", "N_DAYS_AGO", "LAST_N_WEEKS", "NEXT_N_WEEKS", "LAST_N_MONTHS", "NEXT_N_MONTHS",
        "LAST_N_QUARTERS", "NEXT_N_QUARTERS", "LAST_N_YEARS", "NEXT_N_YEARS",
    ];

    public static bool IsKnown(string word) => Fixed.Contains(word, StringComparer.OrdinalIgnoreCase) || TakesNumber(word);

    public static bool TakesNumber(string word) => WithNumber.Contains(word, StringComparer.OrdinalIgnoreCase);

    public static (DateOnly Start, DateOnly End) Resolve(SoqlDateRange range, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(range);
        var n = range.N;
        var week = today.AddDays(-(int)today.DayOfWeek);
        var month = new DateOnly(today.Year, today.Month, 1);
        var quarter = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        var year = new DateOnly(today.Year, 1, 1);
        return range.Name switch
        {
            "YESTERDAY" => (today.AddDays(-1), today),
            "TODAY" => (today, today.AddDays(1)),
            "TOMORROW" => (today.AddDays(1), today.AddDays(2)),
            "LAST_WEEK" => (week.AddDays(-7), week),
            "THIS_WEEK" => (week, week.AddDays(7)),
            "NEXT_WEEK" => (week.AddDays(7), week.AddDays(14)),
            "LAST_MONTH" => (month.AddMonths(-1), month),
            "THIS_MONTH" => (month, month.AddMonths(1)),
            "NEXT_MONTH" => (month.AddMonths(1), month.AddMonths(2)),
            "LAST_90_DAYS" => (today.AddDays(-90), today.AddDays(1)),
            "NEXT_90_DAYS" => (today.AddDays(1), today.AddDays(91)),
            "LAST_QUARTER" => (quarter.AddMonths(-3), quarter),
            "THIS_QUARTER" => (quarter, quarter.AddMonths(3)),
            "NEXT_QUARTER" => (quarter.AddMonths(3), quarter.AddMonths(6)),
            "LAST_YEAR" => (year.AddYears(-1), year),
            "THIS_YEAR" => (year, year.AddYears(1)),
            "NEXT_YEAR" => (year.AddYears(1), year.AddYears(2)),
            "LAST_N_DAYS" => (today.AddDays(-n), today.AddDays(1)),
            "NEXT_N_DAYS" => (today.AddDays(1), today.AddDays(n + 1)),
            "N_DAYS_AGO" => (today.AddDays(-n), today.AddDays(-n + 1)),
            "LAST_N_WEEKS" => (week.AddDays(-7 * n), week),
            "NEXT_N_WEEKS" => (week.AddDays(7), week.AddDays(7 * (n + 1))),
            "LAST_N_MONTHS" => (month.AddMonths(-n), month),
            "NEXT_N_MONTHS" => (month.AddMonths(1), month.AddMonths(n + 1)),
            "LAST_N_QUARTERS" => (quarter.AddMonths(-3 * n), quarter),
            "NEXT_N_QUARTERS" => (quarter.AddMonths(3), quarter.AddMonths(3 * (n + 1))),
            "LAST_N_YEARS" => (year.AddYears(-n), year),
            "NEXT_N_YEARS" => (year.AddYears(1), year.AddYears(n + 1)),
            _ => throw new ArgumentOutOfRangeException(nameof(range), range.Name, "Unknown date literal."),
        };
    }
}
