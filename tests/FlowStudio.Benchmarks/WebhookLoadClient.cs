using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using FlowStudio.Infrastructure.Triggers.Webhooks;

namespace FlowStudio.Benchmarks;

/// <summary>
/// The second process of the webhooks benchmark: posts Stripe-signed events to the hook URL on loopback,
/// at a fixed rate (open loop: a slow answer does not slow the sender) or as fast as <c>concurrency</c>
/// senders can (rate 0), and prints one line: sent, status counts, p50/p99/max answer latency.
/// <c>webhooks-client url secret prefix rate seconds concurrency</c>
/// </summary>
public static class WebhookLoadClient
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (url, secret, prefix) = (args[1], args[2], args[3]);
        var rate = int.Parse(args[4], CultureInfo.InvariantCulture);
        var seconds = int.Parse(args[5], CultureInfo.InvariantCulture);
        var concurrency = int.Parse(args[6], CultureInfo.InvariantCulture);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
        var latencies = new List<double>();
        var statuses = new Dictionary<int, int>();
        var gate = new Lock();
        var sent = 0;
        var clock = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(seconds);

        async Task SendAsync(int n)
        {
            var body = $"{{\"id\":\"evt_{prefix}_{n}\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\",\"created\":1718000000,\"data\":{{\"object\":{{\"id\":\"pi_{n}\",\"amount\":2000,\"currency\":\"usd\"}}}}}}";
            var bytes = Encoding.UTF8.GetBytes(body);
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Add("Stripe-Signature", StripeSignature.Sign(bytes, secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
            var started = Stopwatch.GetTimestamp();
            int status;
            try
            {
                using var response = await http.SendAsync(request).ConfigureAwait(false);
                status = (int)response.StatusCode;
            }
            catch (HttpRequestException)
            {
                status = 0;
            }

            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            lock (gate)
            {
                latencies.Add(ms);
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
            }
        }

        if (rate > 0)
        {
            var pending = new List<Task>();
            while (clock.Elapsed < end)
            {
                var due = (int)(clock.Elapsed.TotalSeconds * rate);
                while (sent < due)
                {
                    pending.Add(SendAsync(sent++));
                }

                await Task.Delay(1).ConfigureAwait(false);
            }

            await Task.WhenAll(pending).ConfigureAwait(false);
        }
        else
        {
            await Parallel.ForAsync(0, concurrency, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (_, _) =>
            {
                while (clock.Elapsed < end)
                {
                    await SendAsync(Interlocked.Increment(ref sent) - 1).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
        }

        var elapsed = clock.Elapsed.TotalSeconds;
        var sorted = latencies.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT sent={sent} seconds={elapsed:F1} rate={sent / elapsed:F0}/s statuses={string.Join(',', statuses.Select(s => $"{s.Key}:{s.Value}"))} p50={P(sorted, 0.50):F1}ms p99={P(sorted, 0.99):F1}ms max={sorted[^1]:F1}ms"));
        return 0;
    }

    private static double P(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
