namespace FlowStudio.Connectors.Stripe.Models;

/// <summary>Converts between decimal amounts and Stripe's integer minor units, per currency (zero-decimal currencies such as JPY have no minor unit).</summary>
public static class StripeMoney
{
    private static readonly HashSet<string> ZeroDecimal =
        new(["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"], StringComparer.OrdinalIgnoreCase);

    public static decimal ToDecimal(long minorUnits, string currency) => ZeroDecimal.Contains(currency) ? minorUnits : minorUnits / 100m;

    /// <summary>Null when the amount has more decimals than the currency allows.</summary>
    public static long? ToMinorUnits(decimal amount, string currency)
    {
        var minor = ZeroDecimal.Contains(currency) ? amount : amount * 100m;
        return minor == decimal.Truncate(minor) && minor is >= long.MinValue and <= long.MaxValue ? (long)minor : null;
    }
}
