using Microsoft.Extensions.Configuration;

namespace FlowStudio.Infrastructure.Triggers;

/// <summary>Webhook, schedule and poll settings, from the <c>Triggers</c> configuration section.</summary>
public sealed record TriggersOptions
{
    public const string Section = "Triggers";

    /// <summary>Largest webhook body accepted; larger deliveries get 413.</summary>
    public int MaxBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>The address senders reach this app at (e.g. https://flows.example.com), for hook URLs; the request's own when empty.</summary>
    public Uri? PublicBaseUrl { get; init; }

    /// <summary>How old a Stripe signature timestamp may be (Stripe's default is 300 s).</summary>
    public TimeSpan StripeTolerance { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>How old a HubSpot v3 request timestamp may be (HubSpot says 5 minutes).</summary>
    public TimeSpan HubSpotTolerance { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a hook's settings and signing secret are kept in memory before being read again.</summary>
    public TimeSpan CacheDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Pages one poll may read before waiting for the next interval.</summary>
    public int MaxPollPages { get; init; } = 20;

    /// <summary>Bytes of a rejected body kept in the inbox for diagnosis.</summary>
    public int RejectedBodyBytes { get; init; } = 4096;

    /// <summary>
    /// How long accepted, duplicate and ignored inbox entries are kept before the purge deletes them (default 30 days). It
    /// is also the dedupe window: a provider redelivering an event after it would start a new run (Stripe retries for up
    /// to 3 days, Shopify 4 hours, Ramp and HubSpot less).
    /// </summary>
    public TimeSpan InboxRetention { get; init; } = TimeSpan.FromDays(30);

    /// <summary>How long rejected deliveries (bad signatures, oversized bodies) are kept, for diagnosing senders (default 90 days).</summary>
    public TimeSpan RejectedInboxRetention { get; init; } = TimeSpan.FromDays(90);

    /// <summary>How often the purge runs.</summary>
    public TimeSpan InboxPurgeInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Entries deleted per statement, so a large purge never holds the database for long.</summary>
    public int InboxPurgeBatchSize { get; init; } = 500;

    /// <exception cref="InvalidOperationException">A setting is out of range; the message names the key.</exception>
    public static TriggersOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(Section).Get<TriggersOptions>() ?? new TriggersOptions();
        Require(options.MaxBodyBytes is >= 1024 and <= 64 * 1024 * 1024, "Triggers:MaxBodyBytes", "between 1024 and 67108864", options.MaxBodyBytes);
        Require(options.StripeTolerance > TimeSpan.Zero, "Triggers:StripeTolerance", "more than zero", options.StripeTolerance);
        Require(options.HubSpotTolerance > TimeSpan.Zero, "Triggers:HubSpotTolerance", "more than zero", options.HubSpotTolerance);
        Require(options.CacheDuration >= TimeSpan.Zero, "Triggers:CacheDuration", "zero or more", options.CacheDuration);
        Require(options.MaxPollPages is >= 1 and <= 1000, "Triggers:MaxPollPages", "between 1 and 1000", options.MaxPollPages);
        Require(options.RejectedBodyBytes >= 0, "Triggers:RejectedBodyBytes", "0 or more", options.RejectedBodyBytes);
        Require(options.InboxRetention >= TimeSpan.FromDays(1), "Triggers:InboxRetention", "at least 1 day (it is the dedupe window)", options.InboxRetention);
        Require(options.RejectedInboxRetention >= TimeSpan.FromDays(1), "Triggers:RejectedInboxRetention", "at least 1 day", options.RejectedInboxRetention);
        Require(options.InboxPurgeInterval >= TimeSpan.FromMinutes(1), "Triggers:InboxPurgeInterval", "at least 1 minute", options.InboxPurgeInterval);
        Require(options.InboxPurgeBatchSize is >= 1 and <= 10_000, "Triggers:InboxPurgeBatchSize", "between 1 and 10000", options.InboxPurgeBatchSize);
        return options;
    }

    private static void Require(bool valid, string key, string expected, object actual)
    {
        if (!valid)
        {
            throw new InvalidOperationException($"{key} is {actual}; expected {expected}.");
        }
    }
}
