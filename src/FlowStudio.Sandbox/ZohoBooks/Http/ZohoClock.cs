namespace FlowStudio.Sandbox.ZohoBooks.Http;

/// <summary>The sandbox organisation keeps UTC, so "today" (for overdue and aging) is the UTC date.</summary>
public static class ZohoClock
{
    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
