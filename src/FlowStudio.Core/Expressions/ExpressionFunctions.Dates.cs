using System.Globalization;

namespace FlowStudio.Core.Expressions;

public static partial class ExpressionFunctions
{
    private const int MaxFormatLength = 64;

    private static IEnumerable<ExpressionFunction> Dates() =>
    [
        Define("DATE", 1, 3, "DATE(text) or DATE(unix seconds) or DATE(year, month, day)", "A date from text (yyyy-MM-dd or an ISO timestamp), Unix seconds, or its parts.", call => Date(call)),
        Define("TODAY", 0, 0, "TODAY()", "Today's date in the configured time zone.", call =>
        {
            var now = TimeZoneInfo.ConvertTime(call.Evaluator.Time.GetUtcNow(), call.Evaluator.Settings.TimeZone);
            return DateOnly.FromDateTime(now.DateTime);
        }),
        Define("ADDDAYS", 2, 2, "ADDDAYS(date, days)", "The date moved by a whole number of days (negative moves back).", call =>
        {
            var date = call.Date(0);
            var days = call.Integer(1, -3_650_000, 3_650_000);
            return date.DayNumber + days is var target && target >= DateOnly.MinValue.DayNumber && target <= DateOnly.MaxValue.DayNumber
                ? DateOnly.FromDayNumber(target)
                : throw call.Error("the result is outside the calendar.");
        }),
        Define("DAYSBETWEEN", 2, 2, "DAYSBETWEEN(start, end)", "Days from start to end; negative when end is earlier.", call =>
            (decimal)(call.Date(1).DayNumber - call.Date(0).DayNumber)),
        Define("FORMATDATE", 2, 2, "FORMATDATE(date, format)", "The date as text, e.g. FORMATDATE(TODAY(), 'dd/MM/yyyy').", call =>
        {
            var date = call.Date(0);
            var format = call.Text(1);
            if (format.Length is 0 or > MaxFormatLength)
            {
                throw call.Error($"the format must be 1 to {MaxFormatLength} characters.");
            }

            try
            {
                return date.ToString(format, CultureInfo.InvariantCulture);
            }
            catch (FormatException)
            {
                throw call.Error($"'{format}' is not a date format; try yyyy-MM-dd.");
            }
        }),
    ];

    private static DateOnly Date(FunctionCall call)
    {
        if (call.Count == 3)
        {
            var (year, month, day) = (call.Integer(0, 1, 9999), call.Integer(1, 1, 12), call.Integer(2, 1, 31));
            return day <= DateTime.DaysInMonth(year, month)
                ? new DateOnly(year, month, day)
                : throw call.Error($"{year:D4}-{month:D2} has no day {day}.");
        }

        if (call.Count == 2)
        {
            throw call.Error("give one argument (text or Unix seconds) or three (year, month, day).");
        }

        var value = call.Arg(0);
        if (value is decimal seconds)
        {
            if (seconds < -62_135_596_800m || seconds > 253_402_300_799m)
            {
                throw call.Error($"{seconds.ToString(CultureInfo.InvariantCulture)} is not a Unix time in seconds.");
            }

            var instant = DateTimeOffset.FromUnixTimeSeconds((long)decimal.Truncate(seconds));
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, call.Evaluator.Settings.TimeZone).DateTime);
        }

        return ExpressionValues.ToDate(value, call.What(0));
    }
}
