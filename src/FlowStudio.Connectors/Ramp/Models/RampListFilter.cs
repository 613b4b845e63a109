namespace FlowStudio.Connectors.Ramp.Models;

/// <summary>Date window and (for transactions) state: CLEARED, PENDING, DECLINED…</summary>
public sealed record RampListFilter(DateTimeOffset? FromDate = null, DateTimeOffset? ToDate = null, string? State = null);
