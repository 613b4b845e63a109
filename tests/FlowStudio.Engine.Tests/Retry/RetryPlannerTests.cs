using FlowStudio.Core.Flows;
using FlowStudio.Engine.Execution;

namespace FlowStudio.Engine.Tests.Retry;

public sealed class RetryPlannerTests
{
    private static readonly RetryPolicy NoJitter = new() { InitialDelay = TimeSpan.FromSeconds(2), Multiplier = 2m, MaxDelay = TimeSpan.FromSeconds(30), Jitter = 0m, MaxAttempts = 10 };

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(4, 16)]
    [InlineData(5, 30)]
    [InlineData(9, 30)]
    public void Backoff_NoJitter_DoublesUpToMax(int failedAttempt, int expectedSeconds)
    {
        RetryPlanner.Backoff(NoJitter, failedAttempt, "act", null).ShouldBe(TimeSpan.FromSeconds(expectedSeconds));
    }

    [Fact]
    public void Backoff_Jitter_StaysWithinSpreadAndIsDeterministic()
    {
        var policy = NoJitter with { Jitter = 0.2m, MaxDelay = TimeSpan.FromHours(1) };
        var delays = Enumerable.Range(0, 200).Select(i => RetryPlanner.Backoff(policy, 3, $"step-{i}", null)).ToList();

        delays.ShouldAllBe(d => d >= TimeSpan.FromSeconds(6.4) && d <= TimeSpan.FromSeconds(9.6));
        delays.Distinct().Count().ShouldBeGreaterThan(150);
        RetryPlanner.Backoff(policy, 3, "step-7", null).ShouldBe(delays[7]);
    }

    [Fact]
    public void Backoff_RetryAfterLonger_IsHonoured()
    {
        RetryPlanner.Backoff(NoJitter, 1, "act", TimeSpan.FromSeconds(90)).ShouldBe(TimeSpan.FromSeconds(90));
        RetryPlanner.Backoff(NoJitter, 3, "act", TimeSpan.FromSeconds(1)).ShouldBe(TimeSpan.FromSeconds(8));
    }

    [Fact]
    public void NextAttemptAt_PermanentOrExhausted_IsNull()
    {
        var now = DateTimeOffset.UnixEpoch;
        RetryPlanner.NextAttemptAt(NoJitter, 1, transient: false, "act", null, now).ShouldBeNull();
        RetryPlanner.NextAttemptAt(NoJitter with { MaxAttempts = 3 }, 3, transient: true, "act", null, now).ShouldBeNull();
        RetryPlanner.NextAttemptAt(NoJitter with { MaxAttempts = 3 }, 2, transient: true, "act", null, now).ShouldBe(now.AddSeconds(4));
    }

    [Fact]
    public void FromConfig_NodeOverrides_KeepOtherDefaults()
    {
        var config = NodeConfig.Parse("""{ "retry": { "maxAttempts": 5, "initialDelay": "PT10S", "jitter": 0 } }""");

        var policy = RetryPolicy.FromConfig(config, RetryPolicy.Default);

        policy.MaxAttempts.ShouldBe(5);
        policy.InitialDelay.ShouldBe(TimeSpan.FromSeconds(10));
        policy.Jitter.ShouldBe(0m);
        policy.MaxDelay.ShouldBe(RetryPolicy.Default.MaxDelay);
        RetryPolicy.FromConfig(NodeConfig.Parse("{}"), RetryPolicy.Default).ShouldBe(RetryPolicy.Default);
    }
}
