using Microsoft.Extensions.Configuration;

namespace FlowStudio.Infrastructure.Runs;

/// <summary>Durable execution settings, from the <c>Runs</c> configuration section.</summary>
public sealed record RunsOptions
{
    public const string Section = "Runs";

    /// <summary>Whether this process runs workers and the Quartz scheduler; false keeps the store and services only.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Runs this process executes at once (a worker is a slot, not a thread).</summary>
    public int Workers { get; init; } = 16;

    /// <summary>Runs of one flow executing at once across all nodes; 0 for no limit.</summary>
    public int MaxConcurrentPerFlow { get; init; }

    /// <summary>How often workers look for ready runs when nothing woke them.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a claim lasts without renewal; a run whose lease expired is taken by another worker.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a run waits before another try when a pass failed inside the engine or the store.</summary>
    public TimeSpan EngineErrorBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>For-each items whose steps are kept to look at; later items' steps are dropped once done.</summary>
    public int RetainedIterations { get; init; } = 100;

    /// <summary>Largest trigger payload a run accepts, in UTF-8 bytes.</summary>
    public int MaxTriggerBytes { get; init; } = 1024 * 1024;

    /// <summary>How often ended runs are checked for follow-ups (resume a waiting parent, start a failure handler) missed by events.</summary>
    public TimeSpan FollowUpSweepInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <exception cref="InvalidOperationException">A setting is out of range; the message names the key.</exception>
    public static RunsOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(Section).Get<RunsOptions>() ?? new RunsOptions();
        Require(options.Workers is >= 1 and <= 1024, "Runs:Workers", "between 1 and 1024", options.Workers);
        Require(options.MaxConcurrentPerFlow >= 0, "Runs:MaxConcurrentPerFlow", "0 (no limit) or more", options.MaxConcurrentPerFlow);
        Require(options.PollInterval >= TimeSpan.FromMilliseconds(10), "Runs:PollInterval", "at least 00:00:00.010", options.PollInterval);
        Require(options.LeaseDuration >= TimeSpan.FromSeconds(1), "Runs:LeaseDuration", "at least 00:00:01", options.LeaseDuration);
        Require(options.RetainedIterations >= 0, "Runs:RetainedIterations", "0 or more", options.RetainedIterations);
        Require(options.FollowUpSweepInterval >= TimeSpan.FromMilliseconds(100), "Runs:FollowUpSweepInterval", "at least 00:00:00.100", options.FollowUpSweepInterval);
        Require(options.MaxTriggerBytes >= 1024, "Runs:MaxTriggerBytes", "at least 1024", options.MaxTriggerBytes);
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
