using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace FlowStudio.Benchmarks;

/// <summary>
/// "designer" mode: measures the designer in a real browser (Debian's Chromium through Playwright) against a running
/// app: time from navigation to an interactive canvas showing a 300-node / 400-link flow, and the time for one
/// drag step of a node to render. Usage:
/// <c>dotnet run -c Release --project tests/FlowStudio.Benchmarks -- designer http://127.0.0.1:5080 designer@flowstudio.local Designer-Demo-2026</c>
/// </summary>
public static class DesignerLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var baseUrl = args.Length > 1 ? args[1] : "http://127.0.0.1:5080";
        var email = args.Length > 2 ? args[2] : "designer@flowstudio.local";
        var password = args.Length > 3 ? args[3] : "Designer-Demo-2026";
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
        var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, ViewportSize = new() { Width = 1600, Height = 1000 } });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByTestId("email").FillAsync(email);
        await page.GetByTestId("password").FillAsync(password);
        await page.GetByTestId("sign-in").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[data-interactive=true]') !== null");

        var response = await context.APIRequest.PostAsync("/api/v1/flows", new()
        {
            DataString = FlowJson(300, 400),
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
        });
        if (!response.Ok)
        {
            await Console.Error.WriteLineAsync($"Import failed: {response.Status} {await response.TextAsync()}");
            return 1;
        }

        var id = (await response.JsonAsync())!.Value.GetProperty("flow").GetProperty("id").GetString();
        var opens = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            await page.GotoAsync($"/flows/{id}/design");
            await page.Locator("[data-testid=designer][data-ready=true]").WaitForAsync();
            await page.WaitForFunctionAsync("() => document.querySelectorAll('.diagram-node').length === 300 && document.querySelectorAll('.diagram-link').length === 400");
            opens.Add(clock.Elapsed.TotalMilliseconds);
        }

        Report("open 300-node flow to interactive canvas (ms)", opens, 1500);
        var drags = await DragStepsAsync(page, 30);
        Report("one node drag step rendered (ms)", drags, 50);
        return 0;
    }

    private static async Task<List<double>> DragStepsAsync(IPage page, int steps)
    {
        var node = page.Locator("[data-node-id=n21]");
        var box = (await node.BoundingBoxAsync())!;
        var x = box.X + 40;
        var y = box.Y + 20;
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        var times = new List<double>();
        for (var i = 1; i <= steps; i++)
        {
            var before = await node.GetAttributeAsync("style");
            var clock = Stopwatch.StartNew();
            // Steps of a whole grid cell at 50% zoom, so snapping to the 20 px grid cannot swallow a step.
            await page.Mouse.MoveAsync(x + (i * 12), y + (i * 12 % 48));
            await page.WaitForFunctionAsync(
                "([selector, before]) => document.querySelector(selector).getAttribute('style') !== before",
                new object[] { "[data-node-id=n21]", before! });
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        await page.Mouse.UpAsync();
        return times;
    }

    private static void Report(string what, List<double> values, double target)
    {
        values.Sort();
        var median = values[values.Count / 2];
        var p95 = values[(int)Math.Min(values.Count - 1, Math.Ceiling(values.Count * 0.95) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: n={values.Count} median={median:0.0} p95={p95:0.0} min={values[0]:0.0} max={values[^1]:0.0} target<={target} {(median <= target ? "OK" : "MISSED")}"));
    }

    /// <summary>A valid flow: a chain of map and merge steps with extra links into the merges.</summary>
    private static string FlowJson(int nodes, int links)
    {
        var text = new StringBuilder();
        text.Append("""{ "schemaVersion": 1, "metadata": { "name": "Benchmark 300" }, "nodes": [ { "id": "start", "type": "trigger.manual" }""");
        for (var i = 1; i < nodes; i++)
        {
            var type = i % 4 == 0 ? "flow.merge" : "logic.map";
            var config = type == "logic.map" ? $$""", "config": { "mappings": { "n": "{{i}}" } }""" : "";
            text.Append(CultureInfo.InvariantCulture, $$""", { "id": "n{{i}}", "type": "{{type}}", "position": { "x": {{(i % 20) * 320}}, "y": {{(i / 20) * 160}} }{{config}} }""");
        }

        var connections = new List<string>();
        for (var i = 1; i < nodes; i++)
        {
            connections.Add($$"""{ "fromNode": "{{(i == 1 ? "start" : $"n{i - 1}")}}", "fromPort": "out", "toNode": "n{{i}}", "toPort": "in" }""");
        }

        for (var gap = 2; connections.Count < links; gap++)
        {
            for (var i = 4; i < nodes && connections.Count < links; i += 4)
            {
                if (i - gap > 0 && (i - gap) % 4 != 0)
                {
                    connections.Add($$"""{ "fromNode": "n{{i - gap}}", "fromPort": "out", "toNode": "n{{i}}", "toPort": "in" }""");
                }
            }
        }

        text.Append("""], "connections": [""").Append(string.Join(", ", connections)).Append("] }");
        return text.ToString();
    }
}
